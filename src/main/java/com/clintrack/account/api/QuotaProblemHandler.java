package com.clintrack.account.api;

import com.clintrack.account.QuotaExceededException;
import com.clintrack.base.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place where a quota refusal becomes HTTP: 403 problem+json, type {@code .../quota-exceeded},
 * with feature, limit and used. Ordered first so the shared handler's catch-all does not take it.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class QuotaProblemHandler {

    static final String TYPE_SLUG = "quota-exceeded";

    @ExceptionHandler(QuotaExceededException.class)
    ProblemDetail quotaExceeded(QuotaExceededException e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, TYPE_SLUG, "Quota exceeded",
                "Your plan allows " + e.limit() + " " + e.feature() + " and you have used " + e.used()
                        + ". Upgrade to Plus for more, or free a slot.");
        problem.setProperty("feature", e.feature().name());
        problem.setProperty("limit", e.limit());
        problem.setProperty("used", e.used());
        return problem;
    }
}
