package com.clintrack.account.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A provider event in ClinTrack's terms. */
public record BillingEvent(String id, Type type, String rawType, @Nullable Long userId, @Nullable String planCode,
        @Nullable String customerRef, @Nullable String subscriptionRef, @Nullable Instant periodEnd) {

    /** The events that change a subscription; everything else is IGNORED (but still acknowledged). */
    public enum Type { CHECKOUT_COMPLETED, INVOICE_PAID, PAYMENT_FAILED, SUBSCRIPTION_DELETED, IGNORED }
}
