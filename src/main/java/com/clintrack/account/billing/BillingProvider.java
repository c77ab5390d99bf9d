package com.clintrack.account.billing;

import java.util.Optional;

/**
 * The billing port. The account feature's PlanService talks to payments only through it; the adapter is
 * chosen by {@code clintrack.billing.provider} (sandbox, the default, or stripe).
 */
public interface BillingProvider {

    /** A short name stored with the subscription: "sandbox" or "stripe". */
    String name();

    /** True when no real money moves; the UI then says "test mode" clearly. */
    boolean testMode();

    /** Starts a checkout for a paid plan and answers where to send the user. */
    CheckoutStart startCheckout(CheckoutRequest request);

    /**
     * Completes the user's own sandbox checkout with a test card (sandbox only). Another user's session is
     * as unknown as a missing one and stays open.
     */
    BillingEvent payTestCheckout(String sessionId, long userId, String cardNumber);

    /** The provider's customer portal, where one exists. */
    Optional<String> portalUrl(String customerRef, String returnUrl);

    /** Asks the provider to end (or to keep) the subscription at the end of the paid period. */
    void setCancelAtPeriodEnd(String subscriptionRef, boolean cancel);

    /** Ends the subscription now (account deletion). */
    void cancelNow(String subscriptionRef);

    /** Verifies a webhook's signature and answers its meaning; throws {@link InvalidWebhookException}. */
    BillingEvent parseWebhook(String payload, String signatureHeader);
}
