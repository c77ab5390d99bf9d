package com.clintrack.documents.api;

import com.clintrack.documents.DocumentLimits;
import com.clintrack.documents.ResumeContent;
import com.clintrack.documents.ResumeDetail;
import com.clintrack.documents.ResumeService;
import com.clintrack.documents.ResumeSummary;
import com.clintrack.documents.ResumeTemplate;
import com.clintrack.documents.VersionHistory;
import com.clintrack.base.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
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
 * Resumes of the token's owner. Another user's id answers 404, like one that does not exist. The history
 * routes ({@code /{id}/versions…}) come from {@link VersionRoutes}.
 */
@RestController
@RequestMapping("/api/v1/resumes")
class ResumesController implements VersionRoutes<ResumeDetail, ResumeContent> {

    static final int MAX_PAGE = 100;

    /** {@code text} is pasted resume text, split into sections. */
    record CreateRequest(@Nullable String title, @Nullable String text) {
    }

    /** A save; {@code version} (from GET) makes a stale save fail with 409 instead of overwriting. */
    record UpdateRequest(@Nullable String title, @Nullable ResumeTemplate template, @Nullable ResumeContent content,
            @Nullable Long version) {
    }

    record TailorRequest(long applicationId, @Nullable String title) {
    }

    private final ResumeService resumes;

    ResumesController(ResumeService resumes) {
        this.resumes = resumes;
    }

    @GetMapping
    List<ResumeSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page<ResumeSummary> found = resumes.list(PageRequest.of(Math.max(0, page), Math.clamp(size, 1, MAX_PAGE),
                Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id"))));
        return found.getContent();
    }

    @PostMapping
    ResponseEntity<ResumeDetail> create(@RequestBody CreateRequest request) {
        ResumeDetail created = resumes.create(request.title() == null ? "" : request.title(), request.text());
        return ResponseEntity.created(URI.create("/api/v1/resumes/" + created.id())).body(created);
    }

    /** The raw bytes of a PDF or .txt file (at most 5 MB), e.g. {@code curl --data-binary @resume.pdf}. */
    @PostMapping(path = "/import", consumes = MediaType.ALL_VALUE)
    ResponseEntity<ResumeDetail> importFile(@RequestParam String title, @RequestParam String fileName,
            HttpServletRequest request) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(DocumentLimits.UPLOAD_MAX_BYTES + 1);
        }
        ResumeDetail created = resumes.importFile(title, fileName, bytes);
        return ResponseEntity.created(URI.create("/api/v1/resumes/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    ResumeDetail get(@PathVariable long id) {
        return resumes.get(id);
    }

    @PutMapping("/{id}")
    ResumeDetail update(@PathVariable long id, @RequestBody UpdateRequest request) {
        ResumeDetail current = resumes.get(id);
        return resumes.update(id, request.title() == null ? current.title() : request.title(),
                request.template() == null ? current.template() : request.template(),
                request.content() == null ? current.content() : request.content(), request.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        resumes.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Override
    public VersionHistory<ResumeDetail> history() {
        return resumes;
    }

    @Override
    public ResumeContent versionContent(long id, int number) {
        return resumes.versionContent(id, number);
    }

    @PostMapping("/{id}/tailor")
    ResponseEntity<ResumeDetail> tailor(@PathVariable long id, @RequestBody TailorRequest request) {
        if (request.applicationId() <= 0) {
            throw InvalidInputException.of("applicationId", "Give the id of the application.");
        }
        ResumeDetail copy = resumes.tailor(id, request.applicationId(), request.title());
        return ResponseEntity.created(URI.create("/api/v1/resumes/" + copy.id())).body(copy);
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        ResumeDetail resume = resumes.get(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(resume.title(), "pdf"))
                .body(resumes.pdf(id));
    }

    @GetMapping(path = "/{id}/text", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> text(@PathVariable long id) {
        ResumeDetail resume = resumes.get(id);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(resume.title(), "txt"))
                .body(resumes.plainText(id));
    }

    static String attachment(String title, String extension) {
        String safe = title.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return ContentDisposition.attachment().filename((safe.isEmpty() ? "document" : safe) + "." + extension)
                .build().toString();
    }
}
