package com.clintrack.account;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A plan of the catalogue with its quotas. */
public record PlanInfo(Plan code, String name, int priceCents, String currency, List<Quota> quotas) {

    /** One quota of the plan; limit null = unlimited; setting is for SETTING quotas. */
    public record Quota(QuotaFeature feature, QuotaKind kind, @Nullable Integer limit, @Nullable String setting) {
    }

    public @Nullable Quota quota(QuotaFeature feature) {
        return quotas.stream().filter(q -> q.feature() == feature).findFirst().orElse(null);
    }
}
