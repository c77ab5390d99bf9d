package com.clintrack.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An entry of the subscription history. */
public record PlanChange(Instant occurredAt, Plan fromPlan, Plan toPlan, @Nullable SubscriptionStatus status,
        String reason, @Nullable String actor) {
}
