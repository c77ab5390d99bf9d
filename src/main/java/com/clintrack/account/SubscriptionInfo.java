package com.clintrack.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user's plan and, when there is one, their paid subscription. */
public record SubscriptionInfo(Plan plan, @Nullable SubscriptionStatus status, @Nullable String provider,
        @Nullable Instant currentPeriodEnd, boolean cancelAtPeriodEnd, @Nullable Instant pastDueSince,
        @Nullable Instant graceEndsAt, boolean hasPortal) {

    public boolean canUpgrade() {
        return plan == Plan.FREE;
    }

    public boolean canCancel() {
        return status != null && status != SubscriptionStatus.CANCELED && !cancelAtPeriodEnd;
    }

    public boolean canResume() {
        return status != null && status != SubscriptionStatus.CANCELED && cancelAtPeriodEnd;
    }
}
