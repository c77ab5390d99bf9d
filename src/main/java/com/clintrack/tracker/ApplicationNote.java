package com.clintrack.tracker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A plain-text note with a time stamp. */
@Entity
@Table(name = "application_note")
class ApplicationNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "body", nullable = false, length = TrackerLimits.NOTE_MAX)
    private String text = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ApplicationNote() {
    }

    ApplicationNote(long ownerId, long applicationId, String text, Instant createdAt) {
        this.ownerId = ownerId;
        this.applicationId = applicationId;
        this.text = text;
        this.createdAt = createdAt;
    }

    void edit(String newText) {
        this.text = newText;
    }

    NoteEntry toEntry() {
        return new NoteEntry(Objects.requireNonNull(id), applicationId, text, createdAt);
    }

    long applicationId() {
        return applicationId;
    }
}
