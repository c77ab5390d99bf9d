package com.clintrack.account;

import org.jspecify.annotations.Nullable;

/** The admin user grid's filters; null means "any". */
public record UserFilter(@Nullable String text, @Nullable Plan plan, @Nullable String role, @Nullable Status status) {

    /** Whether an account can sign in. */
    public enum Status { ACTIVE, LOCKED }

    public static UserFilter any() {
        return new UserFilter(null, null, null, null);
    }
}
