package com.clintrack.careerguide;

import org.jspecify.annotations.Nullable;

/**
 * One question of a role's interview bank.
 *
 * @param guidance what a strong answer covers
 * @param source where the facts behind the guidance come from, when not from the role's seed guide
 */
public record InterviewQuestion(String id, InterviewCategory category, Difficulty difficulty, String topic,
        String question, String guidance, @Nullable String source) {
}
