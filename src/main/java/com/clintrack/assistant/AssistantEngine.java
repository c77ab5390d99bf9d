package com.clintrack.assistant;

import java.util.List;

/** The one interface of the assistant. Implementations: {@link OfflineAssistant} and {@link LlmAssistant}. */
public interface AssistantEngine {

    /** A complete, editable letter body in plain text. */
    String draftCoverLetter(CoverLetterBrief brief);

    List<String> suggestBullets(BulletBrief brief);

    AnswerReview reviewAnswer(AnswerBrief brief);

    CoachingPlan coachingPlan(CoachingBrief brief);
}
