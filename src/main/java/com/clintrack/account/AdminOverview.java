package com.clintrack.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The admin console's overview figures. */
public record AdminOverview(Map<Plan, Long> usersByPlan, long mrrCents, String currency, long activeLast7Days,
        long activeLast30Days, List<WeekCount> signUpsPerWeek) {

    /** Sign-ups in the week starting on {@code weekStart} (Monday, UTC). */
    public record WeekCount(LocalDate weekStart, long count) {
    }
}
