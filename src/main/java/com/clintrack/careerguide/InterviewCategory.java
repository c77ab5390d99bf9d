package com.clintrack.careerguide;

/** The kind of an interview question. */
public enum InterviewCategory {
    BEHAVIORAL,
    TECHNICAL,
    SITUATIONAL,
    PATIENT_COMMUNICATION
}
