package com.clintrack.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pending change of email, confirmed by a link sent to the new address. */
@Entity
@Table(name = "email_change_token")
class EmailChangeToken extends SingleUseToken {

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "new_email", nullable = false, length = AccountLimits.EMAIL_MAX)
    private String newEmail;

    protected EmailChangeToken() {
        this.newEmail = "";
    }

    EmailChangeToken(long ownerId, String newEmail, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(tokenHash, createdAt, expiresAt);
        this.ownerId = ownerId;
        this.newEmail = newEmail;
    }

    long ownerId() {
        return ownerId;
    }

    String newEmail() {
        return newEmail;
    }
}
