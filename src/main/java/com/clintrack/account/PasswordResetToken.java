package com.clintrack.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use password reset link. */
@Entity
@Table(name = "password_reset_token")
class PasswordResetToken extends SingleUseToken {

    @Column(name = "user_id", nullable = false)
    private long userId;

    protected PasswordResetToken() {
    }

    PasswordResetToken(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(tokenHash, createdAt, expiresAt);
        this.userId = userId;
    }

    long userId() {
        return userId;
    }
}
