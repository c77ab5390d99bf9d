package com.clintrack.assistant;

import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/**
 * Builds the OpenAI-compatible chat client by hand (Spring AI's model module, not its starter), only
 * when {@link LlmConfigured} holds. Without settings nothing is created and nothing is contacted.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LlmConfigured.class)
class LlmAssistantConfig {

    /** The service applies its own timeout and falls back; the client must not retry behind its back. */
    private static final int NO_RETRIES = 0;

    /**
     * The client's own time limit is longer than the service's, so that the service's limit always
     * fires first and the user is told the model was too slow (not that it failed).
     */
    private static final java.time.Duration CLIENT_MARGIN = java.time.Duration.ofSeconds(5);

    @Bean
    LlmAssistant llmAssistant(AssistantProperties properties, Prompts prompts) {
        OpenAiChatOptions options = OpenAiChatOptions.builder()
                .baseUrl(Objects.requireNonNull(properties.baseUrl()))
                .apiKey(Objects.requireNonNull(properties.apiKey()))
                .model(Objects.requireNonNull(properties.model()))
                .timeout(properties.effectiveTimeout().plus(CLIENT_MARGIN))
                .maxRetries(NO_RETRIES)
                .build();
        return new LlmAssistant(OpenAiChatModel.builder().options(options).build(), prompts);
    }
}
