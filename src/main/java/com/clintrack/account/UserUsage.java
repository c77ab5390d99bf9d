package com.clintrack.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The per-user row that QuotaService locks before counting, so that parallel creates queue up. */
@Entity
@Table(name = "user_usage")
class UserUsage {

    @Id
    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserUsage() {
        this.createdAt = Instant.EPOCH;
    }

    UserUsage(long ownerId, Instant createdAt) {
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    long ownerId() {
        return ownerId;
    }
}
