package com.clintrack.documents;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable version row of a resume or cover letter: which document, whose, which number, when.
 * Each kind keeps its own table and names the document column with {@code @AttributeOverride} on
 * {@code documentId} ({@code resume_id}, {@code cover_letter_id}).
 */
@MappedSuperclass
abstract class DocumentSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DocumentSnapshot() {
        this.createdAt = Instant.EPOCH;
    }

    /** The document's latest version, numbered and dated as the document says. */
    protected DocumentSnapshot(VersionedDocument<?> document) {
        this.documentId = document.id();
        this.ownerId = document.ownerId();
        this.number = document.currentVersion();
        this.createdAt = document.updatedAt();
    }

    long id() {
        return Objects.requireNonNull(id, "unsaved version");
    }

    long documentId() {
        return documentId;
    }

    int number() {
        return number;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** How the history names this version ({@link DocumentVersion#label()}). */
    abstract String label();
}
