package com.clintrack.documents;

import com.clintrack.assistant.Tone;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One cover letter with its text. {@code notice} is set when the assistant that drafted it had to fall
 * back to the offline engine; {@code draftedBy} names the engine that wrote the latest draft.
 */
public record CoverLetterDetail(long id, String title, String company, String jobTitle, Tone tone,
        @Nullable Long resumeId, @Nullable Long applicationId, int currentVersion, long version, Instant updatedAt,
        String body, @Nullable String draftedBy, @Nullable String notice) {
}
