package com.clintrack.documents;

import java.time.Instant;

/** One entry of a document's history. */
public record DocumentVersion(int number, String label, Instant createdAt) {
}
