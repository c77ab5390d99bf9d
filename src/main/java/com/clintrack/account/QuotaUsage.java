package com.clintrack.account;

import org.jspecify.annotations.Nullable;

/**
 * One quota of the current user: the limit of their plan (null = unlimited) and what they have used.
 * For SETTING quotas, {@code setting} holds the value (for example WEEKLY) and used is 0.
 */
public record QuotaUsage(QuotaFeature feature, QuotaKind kind, @Nullable Integer limit, long used,
        @Nullable String setting) {

    public boolean unlimited() {
        return limit == null && kind != QuotaKind.SETTING;
    }

    /** Whether one more may be created now. */
    public boolean canCreate() {
        return kind == QuotaKind.SETTING || limit == null || used < limit;
    }
}
