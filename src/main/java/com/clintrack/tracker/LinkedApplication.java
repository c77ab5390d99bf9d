package com.clintrack.tracker;

/** An application a contact is linked to, as much of it as a link needs. */
public record LinkedApplication(long id, String company, String title, Stage stage) {
}
