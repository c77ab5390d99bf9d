package com.clintrack.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** How many of a LIFETIME_COUNT or MONTHLY_COUNT feature a user has started in a period. */
@Entity
@Table(name = "usage_counter")
class UsageCounter {

    static final String LIFETIME = "ALL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private QuotaFeature feature;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(nullable = false)
    private int used;

    protected UsageCounter() {
        this.feature = QuotaFeature.MOCK_INTERVIEWS;
        this.period = LIFETIME;
    }

    UsageCounter(long ownerId, QuotaFeature feature, String period) {
        this.ownerId = ownerId;
        this.feature = feature;
        this.period = period;
    }

    QuotaFeature feature() {
        return feature;
    }

    String period() {
        return period;
    }

    int used() {
        return used;
    }

    void increment() {
        used++;
    }
}
