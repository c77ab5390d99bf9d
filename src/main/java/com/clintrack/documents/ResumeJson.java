package com.clintrack.documents;

import com.clintrack.base.InvalidInputException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Resume content to and from the JSON stored in the database. */
@Component
class ResumeJson {

    private final JsonMapper json = JsonMapper.builder().build();

    String write(ResumeContent content) {
        String text = json.writeValueAsString(content);
        if (text.length() > DocumentLimits.CONTENT_MAX) {
            throw InvalidInputException.of("content", "This resume is too long to save; shorten some sections.");
        }
        return text;
    }

    ResumeContent read(String text) {
        try {
            return json.readValue(text, ResumeContent.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("Stored resume content is unreadable", e);
        }
    }
}
