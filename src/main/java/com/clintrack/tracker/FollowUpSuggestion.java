package com.clintrack.tracker;

/**
 * A suggestion computed from the data, never stored: follow up on an application with no activity for
 * 7 days, or confirm that it is possibly ghosted after 21 days. Nothing is closed automatically.
 */
public record FollowUpSuggestion(long applicationId, String company, String title, Kind kind,
        long daysWithoutActivity) {

    /** The kind of suggestion. */
    public enum Kind {
        FOLLOW_UP, POSSIBLY_GHOSTED
    }
}
