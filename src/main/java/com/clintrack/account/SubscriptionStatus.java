package com.clintrack.account;

/** Where a paid subscription stands. */
public enum SubscriptionStatus {
    /** Paid up. With cancel-at-period-end it stays active until the period ends. */
    ACTIVE,
    /** A payment failed: the plan stays for the grace period, then falls back to Free. */
    PAST_DUE,
    /** Ended: the user is back on Free. */
    CANCELED
}
