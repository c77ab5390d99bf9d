package com.clintrack.tracker;

/** Why an application was closed. */
public enum ClosedReason {
    REJECTED, GHOSTED, WITHDRAWN, DECLINED, EXPIRED;

    public String messageKey() {
        return "tracker.closedReason." + name();
    }
}
