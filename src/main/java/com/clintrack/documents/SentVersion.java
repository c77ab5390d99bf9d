package com.clintrack.documents;

import java.time.Instant;

/**
 * One version of a resume or cover letter as an application shows it: which document, which version.
 * {@code versionId} is what the tracker stores as "sent".
 */
public record SentVersion(long versionId, long documentId, String documentTitle, int number, Instant createdAt) {
}
