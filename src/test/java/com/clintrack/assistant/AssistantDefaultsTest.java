package com.clintrack.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Without settings there is no LLM at all; the offline engine is deterministic. */
@IntegrationTest
class AssistantDefaultsTest {

    @Autowired
    ObjectProvider<LlmAssistant> llm;

    @Test
    void no_llm_bean_exists_without_base_url_key_and_model() {
        assertThat(llm.getIfAvailable()).isNull();
    }

    @Test
    void the_llm_needs_all_three_settings_and_blank_ones_do_not_count() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withBean(Prompts.class).withBean(AssistantProperties.class, () -> new AssistantProperties(
                        "http://127.0.0.1:9/v1", "k", "m", null))
                .withUserConfiguration(LlmAssistantConfig.class);
        runner.withPropertyValues("clintrack.assistant.base-url=http://127.0.0.1:9/v1", "clintrack.assistant.api-key=k")
                .run(context -> assertThat(context).doesNotHaveBean(LlmAssistant.class));
        runner.withPropertyValues("clintrack.assistant.base-url=http://127.0.0.1:9/v1", "clintrack.assistant.api-key=k",
                "clintrack.assistant.model= ").run(context -> assertThat(context).doesNotHaveBean(LlmAssistant.class));
        runner.withPropertyValues("clintrack.assistant.base-url=http://127.0.0.1:9/v1", "clintrack.assistant.api-key=k",
                "clintrack.assistant.model=m").run(context -> assertThat(context).hasSingleBean(LlmAssistant.class));
    }

    @Test
    void the_offline_engine_gives_the_same_answer_every_time_and_varies_by_tone() {
        OfflineAssistant offline = new OfflineAssistant();
        CoverLetterBrief warm = new CoverLetterBrief("Ana Peña", "", "Clinical Technician", "Lakeside Clinic",
                "EKG Technician", "", List.of("EKG", "Vital Signs"), List.of("Telemetry"), List.of("BLS"), List.of(),
                "", "", 160, Tone.WARM);
        CoverLetterBrief confident = new CoverLetterBrief("Ana Peña", "", "Clinical Technician", "Lakeside Clinic",
                "EKG Technician", "", List.of("EKG", "Vital Signs"), List.of("Telemetry"), List.of("BLS"), List.of(),
                "", "", 160, Tone.CONFIDENT);
        assertThat(offline.draftCoverLetter(warm)).isEqualTo(offline.draftCoverLetter(warm))
                .contains("EKG and Vital Signs", "I hold BLS", "160 hours", "Telemetry", "Ana Peña")
                .isNotEqualTo(offline.draftCoverLetter(confident));
        assertThat(offline.draftCoverLetter(confident)).doesNotContain("Telemetry");

        assertThat(offline.suggestBullets(new BulletBrief("Clinical Technician", "Extern", "Mercy", List.of("Phlebotomy"), 3)))
                .hasSize(3).allSatisfy(b -> assertThat(b).containsIgnoringCase("phlebotomy"));
        AnswerReview review = offline.reviewAnswer(new AnswerBrief("Tell me about a mistake",
                "During my externship I mislabeled a tube. I was responsible for labeling. I reported it to my "
                        + "preceptor, I followed the incident process and I checked two identifiers from then on. As a "
                        + "result the specimen was redrawn within 20 minutes and no result was reported wrongly. Since "
                        + "then I label at the bedside every single time, which my preceptor noted in my evaluation.",
                List.of("reported it promptly", "patient safety")));
        assertThat(review.score()).isBetween(60, 100);
        assertThat(offline.coachingPlan(new CoachingBrief("Clinical Technician", List.of("EKG"), List.of("CCMA"), 4))
                .steps()).extracting(CoachingPlan.Step::focus).containsExactly("CCMA", "EKG", "Interview practice");
    }
}
