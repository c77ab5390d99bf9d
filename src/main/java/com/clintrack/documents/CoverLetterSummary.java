package com.clintrack.documents;

import com.clintrack.assistant.Tone;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A cover letter in a list. */
public record CoverLetterSummary(long id, String title, String company, String jobTitle, Tone tone,
        @Nullable Long resumeId, @Nullable Long applicationId, int currentVersion, Instant updatedAt) {
}
