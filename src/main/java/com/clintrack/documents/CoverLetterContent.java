package com.clintrack.documents;

import com.clintrack.assistant.Tone;

/** What one version of a cover letter keeps: its tone and its text (the title is not versioned). */
public record CoverLetterContent(Tone tone, String body) {
}
