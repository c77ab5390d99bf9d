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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A cover letter: the job it is for, its tone and its current text. */
@Entity
@Table(name = "cover_letter")
class CoverLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, length = DocumentLimits.TITLE_MAX)
    private String title;

    @Column(name = "resume_id")
    private @Nullable Long resumeId;

    @Column(name = "application_id")
    private @Nullable Long applicationId;

    @Column(nullable = false, length = DocumentLimits.COMPANY_MAX)
    private String company;

    @Column(name = "job_title", nullable = false, length = DocumentLimits.JOB_TITLE_MAX)
    private String jobTitle;

    @Column(name = "posting_text", nullable = false, length = DocumentLimits.POSTING_MAX)
    private String postingText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Tone tone;

    @Column(nullable = false, length = DocumentLimits.LETTER_MAX)
    private String body;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CoverLetter() {
        this.title = "";
        this.company = "";
        this.jobTitle = "";
        this.postingText = "";
        this.tone = Tone.PROFESSIONAL;
        this.body = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    CoverLetter(long ownerId, String title, @Nullable Long resumeId, @Nullable Long applicationId, String company,
            String jobTitle, String postingText, Tone tone, String body, Instant now) {
        this.ownerId = ownerId;
        this.title = Objects.requireNonNull(title);
        this.resumeId = resumeId;
        this.applicationId = applicationId;
        this.company = company;
        this.jobTitle = jobTitle;
        this.postingText = postingText;
        this.tone = tone;
        this.body = body;
        this.currentVersion = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id, "unsaved letter");
    }

    String title() {
        return title;
    }

    @Nullable Long resumeId() {
        return resumeId;
    }

    @Nullable Long applicationId() {
        return applicationId;
    }

    String company() {
        return company;
    }

    String jobTitle() {
        return jobTitle;
    }

    String postingText() {
        return postingText;
    }

    Tone tone() {
        return tone;
    }

    String body() {
        return body;
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

    boolean sameAs(String newTitle, Tone newTone, String newBody) {
        return title.equals(newTitle) && tone == newTone && body.equals(newBody);
    }

    void revise(String newTitle, Tone newTone, String newBody, Instant now) {
        this.title = newTitle;
        this.tone = newTone;
        this.body = newBody;
        this.currentVersion++;
        this.updatedAt = now;
    }

    CoverLetterVersion snapshot() {
        return new CoverLetterVersion(id(), ownerId, currentVersion, tone, body, updatedAt);
    }
}
