package com.clintrack.tracker;

/** The shift the job works. */
public enum Shift {
    DAYS, EVENINGS, NIGHTS, ROTATING, WEEKENDS;

    public String messageKey() {
        return "tracker.shift." + name();
    }
}
