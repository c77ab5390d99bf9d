package com.clintrack.documents;

import com.clintrack.account.QuotaFeature;
import com.clintrack.account.QuotaService;
import com.clintrack.assistant.AssistantReply;
import com.clintrack.assistant.AssistantService;
import com.clintrack.assistant.BulletBrief;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resumes of the signed-in user: create (subject to the plan), edit (every save is a version), history,
 * compare and restore, tailor for an application, export (PDF, text), import, and keyword match. Every
 * query is scoped to the owner; another user's id is "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ResumeService implements VersionHistory<ResumeDetail> {

    private static final int BULLET_SUGGESTIONS = 3;

    private final ResumeRepository resumes;
    private final Versioning<Resume, ResumeVersion> versioning;
    private final QuotaService quota;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ResumeJson json;
    private final PdfRenderer pdf;
    private final UploadedText uploads;
    private final DocumentExamples examples;
    private final RoleData roleData;
    private final Messages messages;
    private final AssistantService assistant;
    private final JobApplications applications;

    ResumeService(ResumeRepository resumes, ResumeVersionRepository versions, QuotaService quota,
            CurrentUser currentUser, Clock clock, ResumeJson json, PdfRenderer pdf, UploadedText uploads,
            DocumentExamples examples, RoleData roleData, Messages messages,
            AssistantService assistant, JobApplications applications) {
        this.resumes = resumes;
        this.versioning = new Versioning<>(Resume.class, "Resume", resumes, versions, currentUser);
        this.quota = quota;
        this.currentUser = currentUser;
        this.clock = clock;
        this.json = json;
        this.pdf = pdf;
        this.uploads = uploads;
        this.examples = examples;
        this.roleData = roleData;
        this.messages = messages;
        this.assistant = assistant;
        this.applications = applications;
    }

    @Transactional(readOnly = true)
    public Page<ResumeSummary> list(Pageable pageable) {
        return resumes.findByOwnerId(currentUser.id(), pageable).map(ResumeService::summary);
    }

    @Transactional(readOnly = true)
    public long count() {
        return resumes.countByOwnerId(currentUser.id());
    }

    /** The resumes tailored for one application of the tracker, newest first. */
    @Transactional(readOnly = true)
    public List<ResumeSummary> forApplication(long applicationId) {
        return resumes.findByOwnerIdAndApplicationIdOrderByUpdatedAtDesc(currentUser.id(), applicationId).stream()
                .map(ResumeService::summary).toList();
    }

    @Transactional(readOnly = true)
    public ResumeDetail get(long id) {
        return detail(load(id));
    }

    /** A new resume; with pasted text, the text is split into sections. */
    @Transactional
    public ResumeDetail create(String title, @Nullable String pastedText) {
        if (pastedText != null && pastedText.length() > DocumentLimits.PASTED_TEXT_MAX) {
            throw InvalidInputException.of("text", messages.get("documents.import.tooLong", DocumentLimits.PASTED_TEXT_MAX));
        }
        ResumeContent content = pastedText == null || pastedText.isBlank() ? ResumeContent.empty()
                : ResumeImporter.parse(pastedText);
        return create(title, ResumeTemplate.CLASSIC, content);
    }

    @Transactional
    public ResumeDetail create(String title, ResumeTemplate template, ResumeContent content) {
        String cleanTitle = checkTitle(title);
        String stored = checked(content);
        quota.acquire(QuotaFeature.RESUMES, () -> resumes.countByOwnerId(currentUser.id()));
        return detail(versioning.create(new Resume(currentUser.id(), cleanTitle, template, stored, clock.instant())));
    }

    /** A resume from an uploaded PDF or .txt file (at most 5 MB, type checked by its first bytes). */
    @Transactional
    public ResumeDetail importFile(String title, String fileName, byte[] bytes) {
        String text = uploads.read(fileName, bytes);
        return create(title, ResumeTemplate.CLASSIC, ResumeImporter.parse(text));
    }

    @Transactional
    public ResumeDetail startFromExample(String exampleId) {
        DocumentExamples.ExampleResume example = examples.resume(exampleId);
        return create(example.title(), ResumeTemplate.CLASSIC, example.content());
    }

    /**
     * Saves a new version. {@code expectedVersion} (the {@code version} the editor loaded) guards against
     * overwriting someone else's save; a save that changes nothing makes no new version.
     */
    @Transactional
    public ResumeDetail update(long id, String title, ResumeTemplate template, ResumeContent content,
            @Nullable Long expectedVersion) {
        Resume resume = versioning.loadForSave(id, expectedVersion);
        String cleanTitle = checkTitle(title);
        String stored = checked(content);
        versioning.save(resume, () -> resume.revise(cleanTitle, template, stored, clock.instant()));
        return detail(resume);
    }

    @Transactional
    public void delete(long id) {
        resumes.delete(load(id));
    }

    /** Each version's label is the title the resume had. */
    @Override
    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(long id) {
        return versioning.list(id);
    }

    @Transactional(readOnly = true)
    public ResumeContent versionContent(long id, int number) {
        return json.read(versioning.version(id, number).content());
    }

    /** The plain-text lines of two versions, compared; {@code older} and {@code newer} are version numbers. */
    @Override
    @Transactional(readOnly = true)
    public List<LineDiff.Line> compare(long id, int older, int newer) {
        return versioning.compare(id, older, newer, v -> ResumeText.lines(json.read(v.content())));
    }

    /** Makes an old version the newest one again; the history keeps everything in between. */
    @Override
    @Transactional
    public ResumeDetail restore(long id, int number) {
        return versioning.restore(id, number, (resume, old) ->
                update(id, old.title(), old.template(), json.read(old.content()), resume.version()));
    }

    /**
     * Copies a resume for one of the user's applications and links the copy to it. Counts against the
     * plan like any resume. An application that is not the user's is "not found".
     */
    @Transactional
    public ResumeDetail tailor(long id, long applicationId, @Nullable String title) {
        Resume original = load(id);
        applications.find(applicationId).orElseThrow(() -> new NotFoundException("Application"));
        String copyTitle = title == null || title.isBlank()
                ? abbreviate(messages.get("documents.tailor.defaultTitle", original.title(), applicationId))
                : title;
        String cleanTitle = checkTitle(copyTitle);
        quota.acquire(QuotaFeature.RESUMES, () -> resumes.countByOwnerId(currentUser.id()));
        Resume copy = new Resume(currentUser.id(), cleanTitle, original.template(), original.content(), clock.instant());
        copy.linkTo(applicationId, original.id());
        return detail(versioning.create(copy));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        Resume resume = load(id);
        return pdf.resume(json.read(resume.content()), resume.title(), resume.template());
    }

    /** A PDF of unsaved editor content, so the preview matches what the user sees. */
    public byte[] pdf(ResumeContent content, String title, ResumeTemplate template) {
        return pdf.resume(content, title, template);
    }

    @Transactional(readOnly = true)
    public String plainText(long id) {
        return ResumeText.of(json.read(load(id).content()));
    }

    @Transactional(readOnly = true)
    public MatchResult match(long id, @Nullable String postingText) {
        return match(json.read(load(id).content()), postingText);
    }

    /** Scores content (saved or not) against a posting, or against the role profile without one. */
    public MatchResult match(ResumeContent content, @Nullable String postingText) {
        if (postingText != null && postingText.length() > DocumentLimits.POSTING_MAX) {
            throw InvalidInputException.of("text", messages.get("documents.match.tooLong", DocumentLimits.POSTING_MAX));
        }
        return roleData.matcher().match(ResumeText.of(content), postingText);
    }

    /**
     * Bullet ideas for one job: they show the hard skills the resume claims (checklist and skills) that
     * this job's bullets do not show yet. Nothing is saved.
     */
    public AssistantReply<List<String>> suggestBullets(ResumeContent resume, ResumeContent.Experience job) {
        KeywordMatcher matcher = roleData.matcher();
        java.util.Set<KeywordDictionary.Keyword> shown = matcher.find(String.join("\n", job.bullets()));
        List<String> claimed = matcher.find(String.join(", ", resume.clinicalSkills()) + "\n"
                + String.join(", ", resume.skills())).stream()
                .filter(k -> k.category() == KeywordCategory.HARD_SKILL && !shown.contains(k))
                .map(KeywordDictionary.Keyword::term).toList();
        List<String> skills = claimed.isEmpty() ? roleData.clinicalChecklist().stream().limit(BULLET_SUGGESTIONS).toList()
                : claimed;
        return assistant.suggestBullets(new BulletBrief(roleTitle(), job.title(), job.employer(), skills,
                BULLET_SUGGESTIONS));
    }

    /** The role's clinical skills, for the checklist in the editor. */
    public List<String> clinicalChecklist() {
        return roleData.clinicalChecklist();
    }

    public String roleTitle() {
        return roleData.dictionary().roleTitle();
    }

    public List<DocumentExamples.ExampleResume> examples() {
        return examples.resumes();
    }

    private Resume load(long id) {
        return versioning.load(id);
    }

    private String checkTitle(@Nullable String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw InvalidInputException.of("title", messages.get("documents.title.required"));
        }
        if (clean.length() > DocumentLimits.TITLE_MAX) {
            throw InvalidInputException.of("title", messages.get("documents.title.tooLong", DocumentLimits.TITLE_MAX));
        }
        return clean;
    }

    private String checked(ResumeContent content) {
        var problems = content.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return json.write(content);
    }

    private static String abbreviate(String title) {
        return title.length() <= DocumentLimits.TITLE_MAX ? title : title.substring(0, DocumentLimits.TITLE_MAX);
    }

    private static ResumeSummary summary(Resume r) {
        return new ResumeSummary(r.id(), r.title(), r.template(), r.applicationId(), r.tailoredFromId(),
                r.currentVersion(), r.updatedAt());
    }

    private ResumeDetail detail(Resume r) {
        return new ResumeDetail(r.id(), r.title(), r.template(), r.applicationId(), r.tailoredFromId(),
                r.currentVersion(), r.version(), r.createdAt(), r.updatedAt(), json.read(r.content()));
    }
}
