package com.clintrack.careerguide;

/** What a keyword of a role names. */
public enum KeywordCategory {
    HARD_SKILL,
    CERTIFICATION,
    SOFT_SKILL,
    TITLE_EDUCATION
}
