package com.clintrack.account.billing;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe: Checkout Sessions in subscription mode, the customer portal, and signed webhooks. The event's
 * signature is verified by stripe-java; its fields are then read from the verified JSON, which keeps
 * working across Stripe API versions (the subscription id of an invoice moved in 2025).
 */
public class StripeBillingProvider implements BillingProvider {

    public static final String NAME = "stripe";
    /** Stripe's default: events older than five minutes are refused (replay protection). */
    private static final long TOLERANCE_SECONDS = Webhook.DEFAULT_TOLERANCE;

    private final StripeClient client;
    private final String priceId;
    private final String webhookSecret;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder().build();

    public StripeBillingProvider(String apiKey, String priceId, String webhookSecret, @Nullable String apiBase,
            Clock clock) {
        if (apiKey.isBlank() || priceId.isBlank() || webhookSecret.isBlank()) {
            throw new IllegalStateException("clintrack.billing.provider=stripe needs clintrack.billing.stripe.api-key,"
                    + " .price-id and .webhook-secret");
        }
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(apiKey);
        if (apiBase != null && !apiBase.isBlank()) {
            builder.setApiBase(apiBase);
        }
        this.client = builder.build();
        this.priceId = priceId;
        this.webhookSecret = webhookSecret;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean testMode() {
        return false;
    }

    @Override
    public CheckoutStart startCheckout(CheckoutRequest request) {
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setClientReferenceId(Long.toString(request.userId()))
                .setCustomerEmail(request.email())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(priceId).setQuantity(1L).build())
                .putMetadata("plan", request.planCode())
                .build();
        try {
            com.stripe.model.checkout.Session session = client.v1().checkout().sessions().create(params);
            return new CheckoutStart(session.getId(), session.getUrl(), true);
        } catch (StripeException e) {
            throw new BillingUnavailableException(e);
        }
    }

    @Override
    public BillingEvent payTestCheckout(String sessionId, long userId, String cardNumber) {
        throw new UnsupportedOperationException("Stripe collects cards on its own checkout page");
    }

    @Override
    public Optional<String> portalUrl(String customerRef, String returnUrl) {
        try {
            return Optional.of(client.v1().billingPortal().sessions().create(
                    com.stripe.param.billingportal.SessionCreateParams.builder().setCustomer(customerRef)
                            .setReturnUrl(returnUrl).build()).getUrl());
        } catch (StripeException e) {
            throw new BillingUnavailableException(e);
        }
    }

    @Override
    public void setCancelAtPeriodEnd(String subscriptionRef, boolean cancel) {
        try {
            client.v1().subscriptions().update(subscriptionRef,
                    SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(cancel).build());
        } catch (StripeException e) {
            throw new BillingUnavailableException(e);
        }
    }

    @Override
    public void cancelNow(String subscriptionRef) {
        try {
            client.v1().subscriptions().cancel(subscriptionRef);
        } catch (StripeException e) {
            throw new BillingUnavailableException(e);
        }
    }

    @Override
    public BillingEvent parseWebhook(String payload, String signatureHeader) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader, webhookSecret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            throw new InvalidWebhookException("Stripe signature does not verify", e);
        } catch (RuntimeException e) {
            throw new InvalidWebhookException("Not a Stripe event", e);
        }
        JsonNode object = json.readTree(payload).path("data").path("object");
        String type = event.getType();
        return switch (type) {
            case "checkout.session.completed" -> new BillingEvent(event.getId(), BillingEvent.Type.CHECKOUT_COMPLETED,
                    type, userId(text(object, "client_reference_id")), text(object.path("metadata"), "plan"),
                    text(object, "customer"), text(object, "subscription"), null);
            case "invoice.paid" -> new BillingEvent(event.getId(), BillingEvent.Type.INVOICE_PAID, type, null, null,
                    text(object, "customer"), invoiceSubscription(object), invoicePeriodEnd(object));
            case "invoice.payment_failed" -> new BillingEvent(event.getId(), BillingEvent.Type.PAYMENT_FAILED, type,
                    null, null, text(object, "customer"), invoiceSubscription(object), null);
            case "customer.subscription.deleted" -> new BillingEvent(event.getId(),
                    BillingEvent.Type.SUBSCRIPTION_DELETED, type, null, null, text(object, "customer"),
                    text(object, "id"), null);
            default -> new BillingEvent(event.getId(), BillingEvent.Type.IGNORED, type, null, null, null, null, null);
        };
    }

    private static @Nullable String invoiceSubscription(JsonNode invoice) {
        String old = text(invoice, "subscription");
        return old != null ? old
                : text(invoice.path("parent").path("subscription_details"), "subscription");
    }

    private static @Nullable Instant invoicePeriodEnd(JsonNode invoice) {
        JsonNode lines = invoice.path("lines").path("data");
        if (lines.isArray() && !lines.isEmpty() && lines.get(0).path("period").path("end").isNumber()) {
            return Instant.ofEpochSecond(lines.get(0).path("period").path("end").asLong());
        }
        return invoice.path("period_end").isNumber() ? Instant.ofEpochSecond(invoice.path("period_end").asLong())
                : null;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static @Nullable Long userId(@Nullable String reference) {
        try {
            return reference == null ? null : Long.valueOf(reference);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
