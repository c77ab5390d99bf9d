package com.clintrack.documents;

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

/** An immutable snapshot of a resume at one save. */
@Entity
@Table(name = "resume_version")
class ResumeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "resume_id", nullable = false, updatable = false)
    private long resumeId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = DocumentLimits.TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ResumeTemplate template;

    @Column(nullable = false, updatable = false, length = DocumentLimits.CONTENT_MAX)
    private String content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ResumeVersion() {
        this.title = "";
        this.template = ResumeTemplate.CLASSIC;
        this.content = "{}";
        this.createdAt = Instant.EPOCH;
    }

    ResumeVersion(long resumeId, long ownerId, int number, String title, ResumeTemplate template, String content,
            Instant createdAt) {
        this.resumeId = resumeId;
        this.ownerId = ownerId;
        this.number = number;
        this.title = title;
        this.template = template;
        this.content = content;
        this.createdAt = createdAt;
    }

    long id() {
        return java.util.Objects.requireNonNull(id, "unsaved version");
    }

    long resumeId() {
        return resumeId;
    }

    int number() {
        return number;
    }

    String title() {
        return title;
    }

    ResumeTemplate template() {
        return template;
    }

    String content() {
        return content;
    }

    Instant createdAt() {
        return createdAt;
    }
}
