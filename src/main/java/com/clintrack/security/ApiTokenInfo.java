package com.clintrack.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a user may see of one of their tokens: never the secret. */
public record ApiTokenInfo(long id, String name, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
