package com.clintrack.tracker;

import java.time.LocalDate;

/** A follow-up to do for an application, with the application's company and title for lists. */
public record FollowUpEntry(long id, long applicationId, String company, String jobTitle, String title,
        LocalDate dueOn, boolean done) {
}
