package com.clintrack.security;

import java.time.Instant;

/** A freshly created token: the only time its secret is available. */
public record NewApiToken(long id, String token, String name, Instant expiresAt) {
}
