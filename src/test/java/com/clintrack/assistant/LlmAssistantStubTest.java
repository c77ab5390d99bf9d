package com.clintrack.assistant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The LLM engine against a local stub of an OpenAI-compatible server that plays back recorded
 * chat-completion answers, errors and a slow answer; and the service's consent and fallback rules.
 */
@IntegrationTest
class LlmAssistantStubTest {

    private static final String PATH = "/v1/chat/completions";
    private static final WireMockServer STUB = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    static {
        STUB.start();
    }

    @DynamicPropertySource
    static void assistant(DynamicPropertyRegistry registry) {
        registry.add("clintrack.assistant.base-url", () -> STUB.baseUrl() + "/v1");
        registry.add("clintrack.assistant.api-key", () -> "test-key");
        registry.add("clintrack.assistant.model", () -> "test-model");
        registry.add("clintrack.assistant.timeout", () -> "2s");
    }

    @AfterAll
    static void stop() {
        STUB.stop();
    }

    @Autowired
    AssistantService assistant;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void signIn() {
        STUB.resetAll();
        AccountSummary user = TestAccounts.register(accounts, "llm");
        TestAccounts.signIn(userDetails, user.email());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static String recorded(String name) {
        try (InputStream in = new ClassPathResource("assistant/recorded/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CoverLetterBrief brief() {
        return new CoverLetterBrief("Zoë Nguyễn-Łukasz", "zoe@example.com", "Clinical Technician", "Mercy Hospital",
                "Clinical Technician", "Phlebotomy and EKG required.", List.of("Phlebotomy", "EKG"), List.of(),
                List.of("BLS"), List.of("Performed venipuncture for 30 patients per shift"), "Clinical Technician",
                "Miami Valley Clinic", 0, Tone.WARM);
    }

    @Test
    void nothing_is_sent_until_the_user_turns_the_llm_on() {
        assertThat(assistant.llmAvailable()).isTrue();
        assertThat(assistant.llmEnabled()).isFalse();

        AssistantReply<String> reply = assistant.draftCoverLetter(brief());

        assertThat(reply.engine()).isEqualTo(AssistantReply.Engine.OFFLINE);
        assertThat(reply.notice()).isNull();
        assertThat(STUB.getAllServeEvents()).isEmpty();
    }

    @Test
    void with_consent_the_recorded_completion_becomes_the_draft() {
        STUB.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(recorded("cover-letter.json"))));
        assistant.enableLlm(true);

        AssistantReply<String> reply = assistant.draftCoverLetter(brief());

        assertThat(reply.engine()).isEqualTo(AssistantReply.Engine.LLM);
        assertThat(reply.notice()).isNull();
        assertThat(reply.value()).startsWith("Dear Mercy Hospital hiring team,").endsWith("Zoë Nguyễn-Łukasz");
        STUB.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(containing("\"model\":\"test-model\""))
                .withRequestBody(containing("Mercy Hospital"))
                .withRequestBody(containing("in a warm tone")));
    }

    @Test
    void json_answers_are_parsed_even_inside_a_code_fence() {
        STUB.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(recorded("answer-review.json"))));
        assistant.enableLlm(true);

        AssistantReply<AnswerReview> reply = assistant.reviewAnswer(new AnswerBrief("Tell me about a mistake.",
                "During my externship I mislabeled a tube.", List.of("reported it")));

        assertThat(reply.engine()).isEqualTo(AssistantReply.Engine.LLM);
        assertThat(reply.value().score()).isEqualTo(72);
        assertThat(reply.value().improvements()).containsExactly("Say what the result was");
    }

    @Test
    void an_error_answer_falls_back_to_offline_with_a_notice() {
        STUB.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody(recorded("rate-limited.json"))));
        assistant.enableLlm(true);

        AssistantReply<String> reply = assistant.draftCoverLetter(brief());

        assertThat(reply.engine()).isEqualTo(AssistantReply.Engine.OFFLINE);
        assertThat(reply.notice()).contains("offline assistant");
        assertThat(reply.value()).contains("Mercy Hospital", "Zoë Nguyễn-Łukasz");
        assertThat(STUB.getAllServeEvents()).hasSize(1);
    }

    @Test
    void a_broken_or_empty_answer_falls_back_too() {
        STUB.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500).withBody("upstream exploded")));
        assistant.enableLlm(true);
        assertThat(assistant.draftCoverLetter(brief()).notice()).contains("not available");

        STUB.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(recorded("cover-letter.json").replaceFirst("\"content\": \"[^\"]*\"", "\"content\": \"\""))));
        assertThat(assistant.draftCoverLetter(brief()).engine()).isEqualTo(AssistantReply.Engine.OFFLINE);
    }

    @Test
    void a_slow_answer_times_out_and_the_offline_draft_arrives_in_time() {
        STUB.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(6000)
                .withHeader("Content-Type", "application/json").withBody(recorded("cover-letter.json"))));
        assistant.enableLlm(true);

        long started = System.nanoTime();
        AssistantReply<String> reply = assistant.draftCoverLetter(brief());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(reply.engine()).isEqualTo(AssistantReply.Engine.OFFLINE);
        assertThat(reply.notice()).contains("did not answer in time");
        assertThat(millis).isLessThan(5000);
    }
}
