package com.clintrack.tracker;

/** Where the work happens (the JSON field is {@code setting}). */
public enum CareSetting {
    HOSPITAL, CLINIC, LAB, PHYSICIAN_OFFICE, OUTPATIENT, DIALYSIS, MOBILE;

    public String messageKey() {
        return "tracker.setting." + name();
    }
}
