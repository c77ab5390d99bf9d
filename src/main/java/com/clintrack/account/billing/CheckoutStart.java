package com.clintrack.account.billing;

/** Where the user completes a checkout: an in-app route (sandbox) or an external URL (Stripe). */
public record CheckoutStart(String sessionId, String url, boolean external) {
}
