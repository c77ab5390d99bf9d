package com.clintrack.documents;

import com.clintrack.assistant.Tone;
import org.jspecify.annotations.Nullable;

/** What a new cover letter is drafted for. Only the resume is required. */
public record CoverLetterRequest(@Nullable Long resumeId, @Nullable Long applicationId, @Nullable String company,
        @Nullable String jobTitle, @Nullable String postingText, @Nullable Tone tone) {
}
