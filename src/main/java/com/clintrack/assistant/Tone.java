package com.clintrack.assistant;

/** How a drafted letter sounds. */
public enum Tone {
    PROFESSIONAL, WARM, CONFIDENT
}
