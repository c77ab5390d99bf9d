package com.clintrack.documents;

/** How a keyword counts in a match score. */
public enum KeywordCategory {
    HARD_SKILL, CERTIFICATION, SOFT_SKILL, TITLE_EDUCATION
}
