package com.clintrack.documents;

import com.clintrack.assistant.Tone;
import com.clintrack.base.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The example resumes and cover letters shipped in {@code documents/examples.json}, written for ClinTrack. */
@Component
public class DocumentExamples {

    /** An example resume: who it suits, and its content. */
    public record ExampleResume(String id, String name, String description, String title, ResumeContent content) {
    }

    /** An example cover letter. */
    public record ExampleLetter(String id, String name, String description, String company, String jobTitle,
            Tone tone, String body) {
    }

    record Examples(List<ExampleResume> resumes, List<ExampleLetter> letters) {
    }

    private final Examples examples;

    DocumentExamples() {
        try (InputStream in = new ClassPathResource("documents/examples.json").getInputStream()) {
            this.examples = JsonMapper.builder().build().readValue(in, Examples.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ExampleResume> resumes() {
        return examples.resumes();
    }

    public List<ExampleLetter> letters() {
        return examples.letters();
    }

    public ExampleResume resume(String id) {
        return resumes().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Example"));
    }

    public ExampleLetter letter(String id) {
        return letters().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Example"));
    }
}
