package com.clintrack.tracker;

/** The period a pay figure is quoted for. */
public enum SalaryPeriod {
    HOURLY, YEARLY;

    public String messageKey() {
        return "tracker.salaryPeriod." + name();
    }
}
