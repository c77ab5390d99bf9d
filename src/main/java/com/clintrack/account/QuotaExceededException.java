package com.clintrack.account;

/**
 * A create refused by the plan's quota. The API answers 403 problem+json with type
 * {@code .../quota-exceeded} and the properties feature, limit and used; the UI shows {@link UpgradePrompt}.
 */
public class QuotaExceededException extends RuntimeException {

    private final QuotaFeature feature;
    private final long limit;
    private final long used;

    public QuotaExceededException(QuotaFeature feature, long limit, long used) {
        super("Quota exceeded for " + feature + ": used " + used + " of " + limit);
        this.feature = feature;
        this.limit = limit;
        this.used = used;
    }

    public QuotaFeature feature() {
        return feature;
    }

    public long limit() {
        return limit;
    }

    public long used() {
        return used;
    }
}
