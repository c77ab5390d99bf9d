package com.clintrack.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user's paid subscription with a billing provider. */
@Entity
@Table(name = "subscription")
class Subscription {

    static final int REF_MAX = 100;

    @Id
    @Column(name = "owner_id")
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Plan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubscriptionStatus status;

    @Column(nullable = false, length = 16)
    private String provider;

    @Column(name = "customer_ref", length = REF_MAX)
    private @Nullable String customerRef;

    @Column(name = "subscription_ref", length = REF_MAX)
    private @Nullable String subscriptionRef;

    @Column(name = "current_period_end")
    private @Nullable Instant currentPeriodEnd;

    @Column(name = "cancel_at_period_end", nullable = false)
    private boolean cancelAtPeriodEnd;

    @Column(name = "past_due_since")
    private @Nullable Instant pastDueSince;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Subscription() {
        this.plan = Plan.PLUS;
        this.status = SubscriptionStatus.CANCELED;
        this.provider = "";
        this.updatedAt = Instant.EPOCH;
    }

    Subscription(long ownerId, String provider, Instant now) {
        this.ownerId = ownerId;
        this.plan = Plan.PLUS;
        this.status = SubscriptionStatus.CANCELED;
        this.provider = provider;
        this.updatedAt = now;
    }

    long ownerId() {
        return ownerId;
    }

    Plan plan() {
        return plan;
    }

    SubscriptionStatus status() {
        return status;
    }

    String provider() {
        return provider;
    }

    @Nullable String customerRef() {
        return customerRef;
    }

    @Nullable String subscriptionRef() {
        return subscriptionRef;
    }

    @Nullable Instant currentPeriodEnd() {
        return currentPeriodEnd;
    }

    boolean cancelAtPeriodEnd() {
        return cancelAtPeriodEnd;
    }

    @Nullable Instant pastDueSince() {
        return pastDueSince;
    }

    void activate(Plan plan, String provider, @Nullable String customerRef, @Nullable String subscriptionRef,
            @Nullable Instant periodEnd, Instant now) {
        this.plan = plan;
        this.provider = provider;
        if (customerRef != null) {
            this.customerRef = customerRef;
        }
        if (subscriptionRef != null) {
            this.subscriptionRef = subscriptionRef;
        }
        if (periodEnd != null) {
            this.currentPeriodEnd = periodEnd;
        }
        this.status = SubscriptionStatus.ACTIVE;
        this.pastDueSince = null;
        this.cancelAtPeriodEnd = false;
        this.updatedAt = now;
    }

    void paid(@Nullable Instant periodEnd, Instant now) {
        if (periodEnd != null) {
            this.currentPeriodEnd = periodEnd;
        }
        this.status = SubscriptionStatus.ACTIVE;
        this.pastDueSince = null;
        this.updatedAt = now;
    }

    void pastDue(Instant now) {
        if (status != SubscriptionStatus.PAST_DUE) {
            this.pastDueSince = now;
        }
        this.status = SubscriptionStatus.PAST_DUE;
        this.updatedAt = now;
    }

    void cancelAtPeriodEnd(boolean cancel, Instant now) {
        this.cancelAtPeriodEnd = cancel;
        this.updatedAt = now;
    }

    void ended(Instant now) {
        this.status = SubscriptionStatus.CANCELED;
        this.cancelAtPeriodEnd = false;
        this.pastDueSince = null;
        this.updatedAt = now;
    }

    boolean isLive() {
        return status != SubscriptionStatus.CANCELED;
    }
}
