package com.clintrack.account;

/** What a new user submits; the same rules apply to the form and to the API. */
public record Registration(String email, String displayName, String password, String timeZone) {
}
