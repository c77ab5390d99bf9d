package com.clintrack.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of a user's plan or subscription. */
@Entity
@Table(name = "subscription_history")
class SubscriptionHistory {

    static final int REASON_MAX = 500;
    static final int ACTOR_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_plan", nullable = false, length = 16)
    private Plan fromPlan;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_plan", nullable = false, length = 16)
    private Plan toPlan;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable SubscriptionStatus status;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(length = ACTOR_MAX)
    private @Nullable String actor;

    protected SubscriptionHistory() {
        this.occurredAt = Instant.EPOCH;
        this.fromPlan = Plan.FREE;
        this.toPlan = Plan.FREE;
        this.reason = "";
    }

    SubscriptionHistory(long ownerId, Instant occurredAt, Plan fromPlan, Plan toPlan,
            @Nullable SubscriptionStatus status, String reason, @Nullable String actor) {
        this.ownerId = ownerId;
        this.occurredAt = occurredAt;
        this.fromPlan = fromPlan;
        this.toPlan = toPlan;
        this.status = status;
        this.reason = reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
        this.actor = actor;
    }

    PlanChange toChange() {
        return new PlanChange(occurredAt, fromPlan, toPlan, status, reason, actor);
    }
}
