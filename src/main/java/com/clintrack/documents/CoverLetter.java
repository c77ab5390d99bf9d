package com.clintrack.documents;

import com.clintrack.assistant.Tone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A cover letter: the job it is for, its tone and its current text. */
@Entity
@Table(name = "cover_letter")
class CoverLetter extends VersionedDocument<CoverLetterVersion> {

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

    protected CoverLetter() {
        this.company = "";
        this.jobTitle = "";
        this.postingText = "";
        this.tone = Tone.PROFESSIONAL;
        this.body = "";
    }

    CoverLetter(long ownerId, String title, @Nullable Long resumeId, @Nullable Long applicationId, String company,
            String jobTitle, String postingText, Tone tone, String body, Instant now) {
        super(ownerId, title, now);
        this.resumeId = resumeId;
        this.applicationId = applicationId;
        this.company = company;
        this.jobTitle = jobTitle;
        this.postingText = postingText;
        this.tone = tone;
        this.body = body;
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

    /** A save: the new text becomes the next version; answers false when nothing changed. */
    boolean revise(String newTitle, Tone newTone, String newBody, Instant now) {
        return nextVersion(newTitle, tone == newTone && body.equals(newBody), now, () -> {
            this.tone = newTone;
            this.body = newBody;
        });
    }

    @Override
    CoverLetterVersion snapshot() {
        return new CoverLetterVersion(this);
    }
}
