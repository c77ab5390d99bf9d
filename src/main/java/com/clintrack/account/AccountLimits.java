package com.clintrack.account;

/** Field lengths shared by the schema, validation and the UI fields. */
public final class AccountLimits {

    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int TIME_ZONE_MAX = 64;

    private AccountLimits() {
    }
}
