package com.clintrack.account.api;

import com.clintrack.account.PlanService;
import com.clintrack.account.billing.InvalidWebhookException;
import com.clintrack.base.Problems;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The billing provider's webhook (Stripe: point the endpoint at {@code /api/v1/billing/webhook}). No
 * token: the signature is the authentication. A bad signature is 400; a replay answers 200 "DUPLICATE".
 */
@RestController
class BillingWebhookController {

    public static final String PATH = "/api/v1/billing/webhook";
    private static final String SIGNATURE = "Stripe-Signature";

    private final PlanService plans;

    BillingWebhookController(PlanService plans) {
        this.plans = plans;
    }

    @PostMapping(path = PATH, consumes = "application/json")
    Map<String, String> receive(@RequestBody String payload,
            @RequestHeader(name = SIGNATURE, required = false) @Nullable String signature) {
        if (signature == null || signature.isBlank()) {
            throw new InvalidWebhookException("Missing " + SIGNATURE);
        }
        return Map.of("outcome", plans.handleWebhook(payload, signature).name());
    }

    @ExceptionHandler(InvalidWebhookException.class)
    ProblemDetail invalid(InvalidWebhookException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-webhook", "Invalid webhook", e.getMessage());
    }
}
