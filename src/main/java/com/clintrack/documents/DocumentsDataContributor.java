package com.clintrack.documents;

import com.clintrack.account.UserDataContributor;
import com.clintrack.assistant.Tone;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents' part of "download my data" (documents.json with every resume and letter and all their
 * versions, plus each resume's current text), "delete my account" and the admin's counts.
 */
@Component
class DocumentsDataContributor implements UserDataContributor {

    static final String JSON_FILE = "documents.json";

    record ResumeExport(long id, String title, ResumeTemplate template, @Nullable Long applicationId,
            @Nullable Long tailoredFromId, int currentVersion, Instant createdAt, Instant updatedAt,
            ResumeContent content) {
    }

    record ResumeVersionExport(long id, long resumeId, int number, String title, ResumeTemplate template,
            Instant createdAt, ResumeContent content) {
    }

    record LetterExport(long id, String title, @Nullable Long resumeId, @Nullable Long applicationId, String company,
            String jobTitle, String postingText, Tone tone, int currentVersion, Instant createdAt, Instant updatedAt,
            String body) {
    }

    record LetterVersionExport(long id, long coverLetterId, int number, Tone tone, Instant createdAt, String body) {
    }

    record DocumentsExport(List<ResumeExport> resumes, List<ResumeVersionExport> resumeVersions,
            List<LetterExport> coverLetters, List<LetterVersionExport> coverLetterVersions) {
    }

    private final ResumeRepository resumes;
    private final ResumeVersionRepository resumeVersions;
    private final CoverLetterRepository letters;
    private final CoverLetterVersionRepository letterVersions;
    private final ResumeJson content;
    private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    DocumentsDataContributor(ResumeRepository resumes, ResumeVersionRepository resumeVersions,
            CoverLetterRepository letters, CoverLetterVersionRepository letterVersions, ResumeJson content) {
        this.resumes = resumes;
        this.resumeVersions = resumeVersions;
        this.letters = letters;
        this.letterVersions = letterVersions;
        this.content = content;
    }

    @Override
    public void export(long ownerId, ExportSink sink) {
        List<Resume> mine = resumes.findByOwnerIdOrderByIdAsc(ownerId);
        DocumentsExport export = new DocumentsExport(
                mine.stream().map(r -> new ResumeExport(r.id(), r.title(), r.template(), r.applicationId(),
                        r.tailoredFromId(), r.currentVersion(), r.createdAt(), r.updatedAt(), content.read(r.content())))
                        .toList(),
                resumeVersions.findByOwnerIdOrderByIdAsc(ownerId).stream().map(v -> new ResumeVersionExport(v.id(),
                        v.documentId(), v.number(), v.title(), v.template(), v.createdAt(), content.read(v.content())))
                        .toList(),
                letters.findByOwnerIdOrderByIdAsc(ownerId).stream().map(l -> new LetterExport(l.id(), l.title(),
                        l.resumeId(), l.applicationId(), l.company(), l.jobTitle(), l.postingText(), l.tone(),
                        l.currentVersion(), l.createdAt(), l.updatedAt(), l.body())).toList(),
                letterVersions.findByOwnerIdOrderByIdAsc(ownerId).stream().map(v -> new LetterVersionExport(v.id(),
                        v.documentId(), v.number(), v.tone(), v.createdAt(), v.body())).toList());
        sink.file(JSON_FILE, json.writeValueAsBytes(export));
        for (Resume resume : mine) {
            sink.file("resumes/" + resume.id() + "-" + PdfRenderer.fileName(resume.title(), "txt"),
                    ResumeText.of(content.read(resume.content())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Documents keep no files; their rows go with the account through on-delete-cascade foreign keys. */
    @Override
    public void deleteAll(long ownerId) {
        // nothing beyond the cascade
    }

    @Override
    public Map<String, Long> counts(long ownerId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("resumes", resumes.countByOwnerId(ownerId));
        counts.put("coverLetters", letters.countByOwnerId(ownerId));
        return counts;
    }
}
