package com.clintrack.documents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A resume in a list. */
public record ResumeSummary(long id, String title, ResumeTemplate template, @Nullable Long applicationId,
        @Nullable Long tailoredFromId, int currentVersion, Instant updatedAt) {
}
