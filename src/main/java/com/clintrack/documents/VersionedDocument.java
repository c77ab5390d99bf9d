package com.clintrack.documents;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a resume and a cover letter share: owner, title, the number of the latest version and the
 * optimistic-lock counter. Version 1 is the document as created; every save that changes something is
 * the next number, kept as a {@link DocumentSnapshot} (see {@link Versioning}).
 */
@MappedSuperclass
abstract class VersionedDocument<V extends DocumentSnapshot> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, length = DocumentLimits.TITLE_MAX)
    private String title;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected VersionedDocument() {
        this.title = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    protected VersionedDocument(long ownerId, String title, Instant now) {
        this.ownerId = ownerId;
        this.title = Objects.requireNonNull(title);
        this.currentVersion = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id, "unsaved document");
    }

    long ownerId() {
        return ownerId;
    }

    String title() {
        return title;
    }

    int currentVersion() {
        return currentVersion;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    /** The document as it is now, to keep as version {@link #currentVersion()}. */
    abstract V snapshot();

    /**
     * A save: unless the title and the rest (the kind's own fields, {@code restUnchanged}) are as they
     * were, applies the rest, takes the new title and the next version number. Answers whether it did;
     * a save that changes nothing makes no version.
     */
    protected final boolean nextVersion(String newTitle, boolean restUnchanged, Instant now, Runnable applyRest) {
        if (restUnchanged && title.equals(newTitle)) {
            return false;
        }
        applyRest.run();
        this.title = newTitle;
        this.currentVersion++;
        this.updatedAt = now;
        return true;
    }
}
