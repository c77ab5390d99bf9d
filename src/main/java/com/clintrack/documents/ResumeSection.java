package com.clintrack.documents;

/** The sections of a resume, as the editor, the matcher's suggestions and the importer name them. */
public enum ResumeSection {
    CONTACT, SUMMARY, EXPERIENCE, EDUCATION, CERTIFICATIONS, SKILLS, CLINICAL_SKILLS, CLINICAL_HOURS
}
