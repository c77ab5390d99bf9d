package com.clintrack.documents.api;

import com.clintrack.base.Problems;
import com.clintrack.documents.DocumentQuotaExceededException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A plan limit reached: 403 problem+json of type .../quota-exceeded with feature, limit and used. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class QuotaProblemHandler {

    @ExceptionHandler(DocumentQuotaExceededException.class)
    ProblemDetail quotaExceeded(DocumentQuotaExceededException e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "quota-exceeded", "Plan limit reached",
                "Your plan allows " + e.limit() + " " + e.kind().feature() + ". Upgrade to Plus, or delete one first.");
        problem.setProperty("feature", e.kind().feature());
        problem.setProperty("limit", e.limit());
        problem.setProperty("used", e.used());
        return problem;
    }
}
