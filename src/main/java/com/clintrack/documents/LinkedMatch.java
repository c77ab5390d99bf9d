package com.clintrack.documents;

import org.jspecify.annotations.Nullable;

/**
 * The keyword match of the resume linked to an application against the application's posting text.
 * {@code versionNumber} is set when the score is of the exact version recorded as sent; otherwise it is
 * the current content of the newest resume tailored for the application.
 */
public record LinkedMatch(long resumeId, String resumeTitle, @Nullable Integer versionNumber, MatchResult match) {
}
