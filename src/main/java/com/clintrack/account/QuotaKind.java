package com.clintrack.account;

/** How a quota is counted. */
public enum QuotaKind {
    /** Items that exist now: deleting one frees a slot. The feature supplies the count. */
    ACTIVE_COUNT,
    /** Items ever started; QuotaService keeps the counter. */
    LIFETIME_COUNT,
    /** Items started in the current calendar month of the user's time zone; QuotaService keeps the counter. */
    MONTHLY_COUNT,
    /** Not a count but a setting of the plan, such as the job-alert frequency. */
    SETTING
}
