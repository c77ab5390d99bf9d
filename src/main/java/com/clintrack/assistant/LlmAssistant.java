package com.clintrack.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine behind an OpenAI-compatible chat API. Any failure (HTTP error, timeout, an answer that is
 * empty or not the JSON asked for) is thrown, and {@link AssistantService} falls back to the offline engine.
 */
public class LlmAssistant implements AssistantEngine {

    private static final Pattern FENCE = Pattern.compile("^```[a-zA-Z]*\\s*|\\s*```$");
    private static final Pattern BULLET_MARK = Pattern.compile("^\\s*(?:[-•*]|\\d+[.)])\\s*");
    private static final int MAX_SCORE = 100;

    private final ChatModel chat;
    private final Prompts prompts;
    private final JsonMapper json = JsonMapper.builder().build();

    LlmAssistant(ChatModel chat, Prompts prompts) {
        this.chat = chat;
        this.prompts = prompts;
    }

    @Override
    public String draftCoverLetter(CoverLetterBrief brief) {
        return call("cover-letter", Map.ofEntries(
                Map.entry("tone", brief.tone().name().toLowerCase(java.util.Locale.ROOT)),
                Map.entry("applicant", brief.applicantName()),
                Map.entry("contact", brief.contactLine()),
                Map.entry("role", brief.roleTitle()),
                Map.entry("company", brief.company()),
                Map.entry("jobTitle", brief.jobTitle()),
                Map.entry("posting", brief.postingText()),
                Map.entry("matched", String.join(", ", brief.matchedTerms())),
                Map.entry("missing", String.join(", ", brief.missingTerms())),
                Map.entry("certifications", String.join(", ", brief.certifications())),
                Map.entry("highlights", String.join("\n- ", brief.highlights())),
                Map.entry("latest", brief.latestTitle() + " at " + brief.latestEmployer()),
                Map.entry("hours", Integer.toString(brief.clinicalHours()))));
    }

    @Override
    public List<String> suggestBullets(BulletBrief brief) {
        String answer = call("resume-bullets", Map.of("role", brief.roleTitle(), "jobTitle", brief.jobTitle(),
                "employer", brief.employer(), "skills", String.join(", ", brief.skills()),
                "count", Integer.toString(brief.count())));
        List<String> bullets = new ArrayList<>();
        for (String line : answer.split("\\R")) {
            String bullet = BULLET_MARK.matcher(line).replaceFirst("").strip();
            if (!bullet.isEmpty() && bullets.size() < brief.count()) {
                bullets.add(bullet);
            }
        }
        if (bullets.isEmpty()) {
            throw new IllegalStateException("The model suggested no bullets");
        }
        return bullets;
    }

    @Override
    public AnswerReview reviewAnswer(AnswerBrief brief) {
        JsonNode node = callJson("answer-review", Map.of("question", brief.question(), "answer", brief.answer(),
                "points", String.join("; ", brief.expectedPoints())));
        int score = node.path("score").asInt(-1);
        if (score < 0 || score > MAX_SCORE) {
            throw new IllegalStateException("The model's score is out of range");
        }
        return new AnswerReview(score, strings(node.path("strengths")), strings(node.path("improvements")));
    }

    @Override
    public CoachingPlan coachingPlan(CoachingBrief brief) {
        JsonNode node = callJson("coaching-plan", Map.of("role", brief.roleTitle(),
                "skills", String.join(", ", brief.missingSkills()),
                "certifications", String.join(", ", brief.missingCertifications()),
                "weeks", Integer.toString(brief.weeks())));
        List<CoachingPlan.Step> steps = new ArrayList<>();
        for (JsonNode step : node.path("steps")) {
            steps.add(new CoachingPlan.Step(step.path("week").asInt(), step.path("focus").asString(""),
                    step.path("action").asString("")));
        }
        if (steps.isEmpty()) {
            throw new IllegalStateException("The model's plan has no steps");
        }
        return new CoachingPlan(steps);
    }

    private JsonNode callJson(String prompt, Map<String, String> values) {
        String answer = FENCE.matcher(call(prompt, values)).replaceAll("");
        return json.readTree(answer);
    }

    private String call(String prompt, Map<String, String> values) {
        ChatResponse response = chat.call(new Prompt(List.of(new SystemMessage(prompts.load(Prompts.SYSTEM)),
                new UserMessage(prompts.render(prompt, values)))));
        String text = response == null || response.getResult() == null ? null
                : response.getResult().getOutput().getText();
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("The model answered nothing");
        }
        return text.strip();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asString()));
        return out;
    }
}
