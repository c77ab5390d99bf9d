package com.clintrack.tracker;

/** An existing application that looks like the one being added. */
public record DuplicateCandidate(long id, String company, String title, Stage stage, boolean sameUrl) {
}
