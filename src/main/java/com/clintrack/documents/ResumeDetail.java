package com.clintrack.documents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One resume with its content. {@code version} is the optimistic-lock counter a save must send back;
 * {@code currentVersion} is the number of its latest saved version in the history.
 */
public record ResumeDetail(long id, String title, ResumeTemplate template, @Nullable Long applicationId,
        @Nullable Long tailoredFromId, int currentVersion, long version, Instant createdAt, Instant updatedAt,
        ResumeContent content) {
}
