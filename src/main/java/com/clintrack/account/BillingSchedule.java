package com.clintrack.account;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the subscription maintenance (grace period, cancellations at period end, sandbox renewals). */
@Component
class BillingSchedule {

    private final PlanService plans;

    BillingSchedule(PlanService plans) {
        this.plans = plans;
    }

    @Scheduled(initialDelayString = "${clintrack.billing.maintenance.initial-delay:1m}",
            fixedDelayString = "${clintrack.billing.maintenance.interval:1h}")
    void maintain() {
        plans.runMaintenance();
    }
}
