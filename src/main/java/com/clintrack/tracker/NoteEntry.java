package com.clintrack.tracker;

import java.time.Instant;

/** A plain-text note on an application. */
public record NoteEntry(long id, long applicationId, String text, Instant createdAt) {
}
