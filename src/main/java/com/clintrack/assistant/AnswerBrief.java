package com.clintrack.assistant;

import java.util.List;

/** An interview question, the user's answer, and the points a strong answer makes. */
public record AnswerBrief(String question, String answer, List<String> expectedPoints) {

    public AnswerBrief {
        expectedPoints = List.copyOf(expectedPoints);
    }
}
