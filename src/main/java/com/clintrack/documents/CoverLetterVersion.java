package com.clintrack.documents;

import com.clintrack.assistant.Tone;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An immutable snapshot of a cover letter at one save: tone and text (the title is not versioned). */
@Entity
@Table(name = "cover_letter_version")
@AttributeOverride(name = "documentId",
        column = @Column(name = "cover_letter_id", nullable = false, updatable = false))
class CoverLetterVersion extends DocumentSnapshot {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Tone tone;

    @Column(nullable = false, updatable = false, length = DocumentLimits.LETTER_MAX)
    private String body;

    protected CoverLetterVersion() {
        this.tone = Tone.PROFESSIONAL;
        this.body = "";
    }

    CoverLetterVersion(CoverLetter letter) {
        super(letter);
        this.tone = letter.tone();
        this.body = letter.body();
    }

    Tone tone() {
        return tone;
    }

    String body() {
        return body;
    }

    /** A letter's versions are named by their tone (the constant; the view translates it). */
    @Override
    String label() {
        return tone.name();
    }
}
