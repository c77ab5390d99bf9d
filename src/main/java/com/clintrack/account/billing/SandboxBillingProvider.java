package com.clintrack.account.billing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-mode checkout for local and demo use: no money moves. Card 4242 4242 4242 4242 succeeds and
 * 4000 0000 0000 0002 is declined, as with Stripe's test cards. Sessions live in memory for an hour.
 */
public class SandboxBillingProvider implements BillingProvider {

    public static final String NAME = "sandbox";
    public static final String SUCCESS_CARD = "4242424242424242";
    public static final String DECLINED_CARD = "4000000000000002";
    /** The in-app route of the sandbox checkout page; the session id follows. */
    public static final String CHECKOUT_ROUTE = "account/plan/checkout";
    private static final Duration SESSION_VALIDITY = Duration.ofHours(1);
    private static final Duration PERIOD = Duration.ofDays(30);

    private record Session(CheckoutRequest request, Instant expiresAt) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public SandboxBillingProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean testMode() {
        return true;
    }

    @Override
    public CheckoutStart startCheckout(CheckoutRequest request) {
        Instant now = clock.instant();
        sessions.values().removeIf(session -> session.expiresAt().isBefore(now));
        String id = "cs_sandbox_" + UUID.randomUUID().toString().replace("-", "");
        sessions.put(id, new Session(request, now.plus(SESSION_VALIDITY)));
        return new CheckoutStart(id, CHECKOUT_ROUTE + "/" + id, false);
    }

    /** The request behind a session, if it is still open. */
    public Optional<CheckoutRequest> session(String sessionId) {
        Session session = sessions.get(sessionId);
        return session == null || session.expiresAt().isBefore(clock.instant()) ? Optional.empty()
                : Optional.of(session.request());
    }

    @Override
    public BillingEvent payTestCheckout(String sessionId, long userId, String cardNumber) {
        CheckoutRequest request = session(sessionId).filter(open -> open.userId() == userId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown or expired sandbox checkout"));
        String digits = cardNumber.replaceAll("[\\s-]", "");
        if (DECLINED_CARD.equals(digits)) {
            throw new CardDeclinedException(false);
        }
        if (!SUCCESS_CARD.equals(digits)) {
            throw new CardDeclinedException(true);
        }
        if (sessions.remove(sessionId) == null) {
            // Paid a moment ago in another tab.
            throw new IllegalArgumentException("Unknown or expired sandbox checkout");
        }
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        return new BillingEvent("evt_sandbox_" + suffix, BillingEvent.Type.CHECKOUT_COMPLETED,
                "checkout.session.completed", request.userId(), request.planCode(), "cus_sandbox_" + request.userId(),
                "sub_sandbox_" + suffix, clock.instant().plus(PERIOD));
    }

    @Override
    public Optional<String> portalUrl(String customerRef, String returnUrl) {
        return Optional.empty();
    }

    @Override
    public void setCancelAtPeriodEnd(String subscriptionRef, boolean cancel) {
        // nothing to tell: the sandbox keeps no state of its own
    }

    @Override
    public void cancelNow(String subscriptionRef) {
        // nothing to tell
    }

    @Override
    public BillingEvent parseWebhook(String payload, String signatureHeader) {
        throw new InvalidWebhookException("The sandbox takes no webhooks");
    }

    /** The length of a sandbox billing period, for renewals. */
    public static Duration period() {
        return PERIOD;
    }
}
