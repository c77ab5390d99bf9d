package com.clintrack.account;

/** Everything a plan limits, with the way it is counted. */
public enum QuotaFeature {
    RESUMES(QuotaKind.ACTIVE_COUNT),
    COVER_LETTERS(QuotaKind.ACTIVE_COUNT),
    MOCK_INTERVIEWS(QuotaKind.LIFETIME_COUNT),
    COACHING_SESSIONS(QuotaKind.LIFETIME_COUNT),
    HEADSHOTS(QuotaKind.MONTHLY_COUNT),
    JOB_ALERTS(QuotaKind.SETTING);

    private final QuotaKind kind;

    QuotaFeature(QuotaKind kind) {
        this.kind = kind;
    }

    public QuotaKind kind() {
        return kind;
    }

    /** Whether QuotaService keeps the counter (LIFETIME_COUNT, MONTHLY_COUNT). */
    public boolean isCounted() {
        return kind == QuotaKind.LIFETIME_COUNT || kind == QuotaKind.MONTHLY_COUNT;
    }
}
