package com.clintrack.documents;

import com.clintrack.assistant.Tone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An immutable snapshot of a cover letter at one save. */
@Entity
@Table(name = "cover_letter_version")
class CoverLetterVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "cover_letter_id", nullable = false, updatable = false)
    private long coverLetterId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Tone tone;

    @Column(nullable = false, updatable = false, length = DocumentLimits.LETTER_MAX)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CoverLetterVersion() {
        this.tone = Tone.PROFESSIONAL;
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    CoverLetterVersion(long coverLetterId, long ownerId, int number, Tone tone, String body, Instant createdAt) {
        this.coverLetterId = coverLetterId;
        this.ownerId = ownerId;
        this.number = number;
        this.tone = tone;
        this.body = body;
        this.createdAt = createdAt;
    }

    long id() {
        return java.util.Objects.requireNonNull(id, "unsaved version");
    }

    long coverLetterId() {
        return coverLetterId;
    }

    int number() {
        return number;
    }

    Tone tone() {
        return tone;
    }

    String body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }
}
