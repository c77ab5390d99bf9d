package com.clintrack.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The LLM prompts, kept as resources under {@code assistant/prompts/}, with {{name}} placeholders. */
@Component
class Prompts {

    static final String SYSTEM = "system";

    String render(String name, Map<String, String> values) {
        String text = load(name);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return text;
    }

    String load(String name) {
        try (InputStream in = new ClassPathResource("assistant/prompts/" + name + ".txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing prompt " + name, e);
        }
    }
}
