package com.clintrack.documents.api;

import com.clintrack.assistant.Tone;
import com.clintrack.documents.CoverLetterContent;
import com.clintrack.documents.CoverLetterDetail;
import com.clintrack.documents.CoverLetterRequest;
import com.clintrack.documents.CoverLetterService;
import com.clintrack.documents.CoverLetterSummary;
import com.clintrack.documents.VersionHistory;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cover letters of the token's owner; a POST drafts the letter with the assistant. The history routes
 * ({@code /{id}/versions…}) come from {@link VersionRoutes}, as for resumes.
 */
@RestController
@RequestMapping("/api/v1/cover-letters")
class CoverLettersController implements VersionRoutes<CoverLetterDetail, CoverLetterContent> {

    record CreateRequest(@Nullable Long resumeId, @Nullable Long applicationId, @Nullable String company,
            @Nullable String title, @Nullable String postingText, @Nullable Tone tone) {
    }

    record UpdateRequest(@Nullable String title, @Nullable Tone tone, @Nullable String body, @Nullable Long version) {
    }

    private final CoverLetterService letters;

    CoverLettersController(CoverLetterService letters) {
        this.letters = letters;
    }

    @GetMapping
    List<CoverLetterSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return letters.list(PageRequest.of(Math.max(0, page), Math.clamp(size, 1, ResumesController.MAX_PAGE),
                Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id")))).getContent();
    }

    /** {@code title} is the job title of the posting. */
    @PostMapping
    ResponseEntity<CoverLetterDetail> create(@RequestBody CreateRequest request) {
        CoverLetterDetail created = letters.create(new CoverLetterRequest(request.resumeId(), request.applicationId(),
                request.company(), request.title(), request.postingText(), request.tone()));
        return ResponseEntity.created(URI.create("/api/v1/cover-letters/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    CoverLetterDetail get(@PathVariable long id) {
        return letters.get(id);
    }

    @PutMapping("/{id}")
    CoverLetterDetail update(@PathVariable long id, @RequestBody UpdateRequest request) {
        CoverLetterDetail current = letters.get(id);
        return letters.update(id, request.title() == null ? current.title() : request.title(),
                request.tone() == null ? current.tone() : request.tone(),
                request.body() == null ? current.body() : request.body(), request.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        letters.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** A restore brings back an old version's tone and text; the title stays as it is now. */
    @Override
    public VersionHistory<CoverLetterDetail> history() {
        return letters;
    }

    /** A letter version keeps its tone and text. */
    @Override
    public CoverLetterContent versionContent(long id, int number) {
        return letters.versionContent(id, number);
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        CoverLetterDetail letter = letters.get(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ResumesController.attachment(letter.title(), "pdf"))
                .body(letters.pdf(id));
    }
}
