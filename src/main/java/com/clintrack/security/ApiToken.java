package com.clintrack.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token. Only the SHA-256 hash of the secret is stored. */
@Entity
@Table(name = "api_token")
class ApiToken {

    static final int NAME_MAX = 100;
    private static final java.time.Duration LAST_USED_RESOLUTION = java.time.Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ApiToken() {
        this.name = "";
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    ApiToken(long ownerId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A token must expire after it is created");
        }
        this.ownerId = ownerId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Notes the use, at most once a minute, so that busy clients do not write on every call. */
    void markUsed(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
            lastUsedAt = now;
        }
    }

    long id() {
        return java.util.Objects.requireNonNull(id, "unsaved token");
    }

    long ownerId() {
        return ownerId;
    }

    ApiTokenInfo toInfo() {
        return new ApiTokenInfo(id(), name, createdAt, expiresAt, lastUsedAt, revokedAt);
    }
}
