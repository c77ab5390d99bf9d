package com.clintrack.assistant;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code clintrack.assistant.*}: the optional OpenAI-compatible endpoint (OpenAI, Ollama, a llama.cpp
 * server). The LLM engine exists only when base-url, api-key and model are all set.
 */
@ConfigurationProperties("clintrack.assistant")
public record AssistantProperties(@Nullable String baseUrl, @Nullable String apiKey, @Nullable String model,
        @Nullable Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public Duration effectiveTimeout() {
        return timeout == null ? DEFAULT_TIMEOUT : timeout;
    }
}
