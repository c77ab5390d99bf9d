package com.clintrack.documents;

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

/** A resume: its current content as JSON, and the number of its latest version. */
@Entity
@Table(name = "resume")
class Resume {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, length = DocumentLimits.TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResumeTemplate template;

    @Column(name = "application_id")
    private @Nullable Long applicationId;

    @Column(name = "tailored_from_id")
    private @Nullable Long tailoredFromId;

    @Column(nullable = false, length = DocumentLimits.CONTENT_MAX)
    private String content;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Resume() {
        this.title = "";
        this.template = ResumeTemplate.CLASSIC;
        this.content = "{}";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Resume(long ownerId, String title, ResumeTemplate template, String content, Instant now) {
        this.ownerId = ownerId;
        this.title = Objects.requireNonNull(title);
        this.template = Objects.requireNonNull(template);
        this.content = Objects.requireNonNull(content);
        this.currentVersion = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id, "unsaved resume");
    }

    long ownerId() {
        return ownerId;
    }

    String title() {
        return title;
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

    boolean sameAs(String newTitle, ResumeTemplate newTemplate, String newContent) {
        return title.equals(newTitle) && template == newTemplate && content.equals(newContent);
    }

    /** A save: the new content becomes the next version. */
    void revise(String newTitle, ResumeTemplate newTemplate, String newContent, Instant now) {
        this.title = newTitle;
        this.template = newTemplate;
        this.content = newContent;
        this.currentVersion++;
        this.updatedAt = now;
    }

    void linkTo(@Nullable Long application, @Nullable Long original) {
        this.applicationId = application;
        this.tailoredFromId = original;
    }

    ResumeVersion snapshot() {
        return new ResumeVersion(id(), ownerId, currentVersion, title, template, content, updatedAt);
    }
}
