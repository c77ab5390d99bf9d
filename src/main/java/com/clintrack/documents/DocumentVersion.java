package com.clintrack.documents;

import java.time.Instant;

/**
 * One entry of a document's history. {@code id} identifies this exact version (what an application
 * records as "sent"); {@code number} counts 1, 2, 3... per document.
 */
public record DocumentVersion(long id, int number, String label, Instant createdAt) {
}
