package com.clintrack.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A resume: its current content as JSON, and the number of its latest version. */
@Entity
@Table(name = "resume")
class Resume extends VersionedDocument<ResumeVersion> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResumeTemplate template;

    @Column(name = "application_id")
    private @Nullable Long applicationId;

    @Column(name = "tailored_from_id")
    private @Nullable Long tailoredFromId;

    @Column(nullable = false, length = DocumentLimits.CONTENT_MAX)
    private String content;

    protected Resume() {
        this.template = ResumeTemplate.CLASSIC;
        this.content = "{}";
    }

    Resume(long ownerId, String title, ResumeTemplate template, String content, Instant now) {
        super(ownerId, title, now);
        this.template = Objects.requireNonNull(template);
        this.content = Objects.requireNonNull(content);
    }

    ResumeTemplate template() {
        return template;
    }

    @Nullable Long applicationId() {
        return applicationId;
    }

    @Nullable Long tailoredFromId() {
        return tailoredFromId;
    }

    String content() {
        return content;
    }

    /** A save: the new content becomes the next version; answers false when nothing changed. */
    boolean revise(String newTitle, ResumeTemplate newTemplate, String newContent, Instant now) {
        return nextVersion(newTitle, template == newTemplate && content.equals(newContent), now, () -> {
            this.template = newTemplate;
            this.content = newContent;
        });
    }

    void linkTo(@Nullable Long application, @Nullable Long original) {
        this.applicationId = application;
        this.tailoredFromId = original;
    }

    @Override
    ResumeVersion snapshot() {
        return new ResumeVersion(this);
    }
}
