package com.clintrack.account.billing;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the billing adapter: {@code clintrack.billing.provider=sandbox} (default) or {@code stripe}. */
@Configuration(proxyBeanMethods = false)
class BillingConfig {

    static final String PROVIDER = "clintrack.billing.provider";

    @Bean
    @ConditionalOnProperty(name = PROVIDER, havingValue = SandboxBillingProvider.NAME, matchIfMissing = true)
    BillingProvider sandboxBilling(Clock clock) {
        return new SandboxBillingProvider(clock);
    }

    @Bean
    @ConditionalOnProperty(name = PROVIDER, havingValue = StripeBillingProvider.NAME)
    BillingProvider stripeBilling(Clock clock,
            @Value("${clintrack.billing.stripe.api-key:}") String apiKey,
            @Value("${clintrack.billing.stripe.price-id:}") String priceId,
            @Value("${clintrack.billing.stripe.webhook-secret:}") String webhookSecret,
            @Value("${clintrack.billing.stripe.api-base:}") String apiBase) {
        return new StripeBillingProvider(apiKey, priceId, webhookSecret, apiBase, clock);
    }
}
