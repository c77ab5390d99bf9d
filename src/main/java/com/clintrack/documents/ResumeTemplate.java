package com.clintrack.documents;

/** The ATS-friendly layouts a resume can be exported with: one column, real text, standard headings. */
public enum ResumeTemplate {
    /** Serif, centred name, thin rules. */
    CLASSIC,
    /** Sans-serif, left-aligned, a coloured accent on headings. */
    MODERN,
    /** Sans-serif, tighter spacing, fits more on one page. */
    COMPACT
}
