package com.clintrack.careerguide;

/** How hard an interview question is, easiest first. */
public enum Difficulty {
    EASY,
    MEDIUM,
    HARD
}
