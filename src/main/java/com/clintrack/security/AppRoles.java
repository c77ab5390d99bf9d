package com.clintrack.security;

/** Role names, used by annotations and by the database. */
public final class AppRoles {

    public static final String USER = "USER";
    public static final String ADMIN = "ADMIN";

    private AppRoles() {
    }
}
