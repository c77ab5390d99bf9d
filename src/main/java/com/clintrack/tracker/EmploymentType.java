package com.clintrack.tracker;

/** How the job is employed. */
public enum EmploymentType {
    FULL_TIME, PART_TIME, PER_DIEM, CONTRACT;

    public String messageKey() {
        return "tracker.employmentType." + name();
    }
}
