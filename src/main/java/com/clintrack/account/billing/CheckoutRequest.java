package com.clintrack.account.billing;

/** What a checkout needs: who pays, for which plan, and where to return. */
public record CheckoutRequest(long userId, String email, String planCode, String planName, int priceCents,
        String currency, String successUrl, String cancelUrl) {
}
