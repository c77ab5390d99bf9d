package com.clintrack.assistant;

import java.util.List;

/** Feedback on an interview answer: 0–100, what worked, and what to improve. */
public record AnswerReview(int score, List<String> strengths, List<String> improvements) {

    public AnswerReview {
        strengths = List.copyOf(strengths);
        improvements = List.copyOf(improvements);
    }
}
