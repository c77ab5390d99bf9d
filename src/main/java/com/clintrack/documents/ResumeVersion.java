package com.clintrack.documents;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An immutable snapshot of a resume at one save: title, template and content. */
@Entity
@Table(name = "resume_version")
@AttributeOverride(name = "documentId", column = @Column(name = "resume_id", nullable = false, updatable = false))
class ResumeVersion extends DocumentSnapshot {

    @Column(nullable = false, updatable = false, length = DocumentLimits.TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ResumeTemplate template;

    @Column(nullable = false, updatable = false, length = DocumentLimits.CONTENT_MAX)
    private String content;

    protected ResumeVersion() {
        this.title = "";
        this.template = ResumeTemplate.CLASSIC;
        this.content = "{}";
    }

    ResumeVersion(Resume resume) {
        super(resume);
        this.title = resume.title();
        this.template = resume.template();
        this.content = resume.content();
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

    /** A resume's versions are named by the title they had. */
    @Override
    String label() {
        return title;
    }
}
