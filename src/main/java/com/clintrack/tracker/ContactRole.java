package com.clintrack.tracker;

/** What a contact is to the user's job search. */
public enum ContactRole {
    RECRUITER, HIRING_MANAGER, INTERVIEWER, REFERRER, REFERENCE;

    public String messageKey() {
        return "tracker.contactRole." + name();
    }
}
