package com.clintrack.documents;

import com.clintrack.account.QuotaExceededException;
import com.clintrack.account.QuotaFeature;
import com.clintrack.account.QuotaService;
import com.clintrack.account.QuotaUsage;
import com.clintrack.assistant.AssistantReply;
import com.clintrack.assistant.AssistantService;
import com.clintrack.assistant.CoverLetterBrief;
import com.clintrack.assistant.Tone;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cover letters of the signed-in user: drafted by the assistant from the role data, the job and the
 * chosen resume; then edited, versioned and exported. Drafting runs outside any transaction (an LLM
 * may take seconds); the quota check and the insert share one short transaction.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CoverLetterService implements VersionHistory<CoverLetterDetail> {

    private static final int HIGHLIGHTS = 2;

    private final CoverLetterRepository letters;
    private final Versioning<CoverLetter, CoverLetterVersion> versioning;
    private final ResumeRepository resumes;
    private final ResumeJson json;
    private final QuotaService quota;
    private final AssistantService assistant;
    private final RoleData roleData;
    private final PdfRenderer pdf;
    private final DocumentExamples examples;
    private final JobApplications applications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Messages messages;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;

    CoverLetterService(CoverLetterRepository letters, CoverLetterVersionRepository versions,
            ResumeRepository resumes, ResumeJson json, QuotaService quota, AssistantService assistant,
            RoleData roleData, PdfRenderer pdf, DocumentExamples examples, JobApplications applications,
            CurrentUser currentUser, Clock clock, Messages messages, PlatformTransactionManager transactions) {
        this.letters = letters;
        this.versioning = new Versioning<>(CoverLetter.class, "Cover letter", letters, versions, currentUser);
        this.resumes = resumes;
        this.json = json;
        this.quota = quota;
        this.assistant = assistant;
        this.roleData = roleData;
        this.pdf = pdf;
        this.examples = examples;
        this.applications = applications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.messages = messages;
        this.writes = new TransactionTemplate(transactions);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    @Transactional(readOnly = true)
    public Page<CoverLetterSummary> list(Pageable pageable) {
        return letters.findByOwnerId(currentUser.id(), pageable).map(CoverLetterService::summary);
    }

    @Transactional(readOnly = true)
    public CoverLetterDetail get(long id) {
        return detail(load(id), null, null);
    }

    /** Drafts and saves a new letter. Refused before drafting when the plan allows no more letters. */
    public CoverLetterDetail create(CoverLetterRequest request) {
        // With an application, what the request leaves out comes from the tracker.
        JobApplications.ApplicationRef application = request.applicationId() == null ? null
                : applications.find(request.applicationId()).orElseThrow(() -> new NotFoundException("Application"));
        String company = limit("company", orFrom(request.company(), application, JobApplications.ApplicationRef::company),
                DocumentLimits.COMPANY_MAX);
        String jobTitle = limit("jobTitle", orFrom(request.jobTitle(), application, JobApplications.ApplicationRef::title),
                DocumentLimits.JOB_TITLE_MAX);
        String posting = limit("postingText", orFrom(request.postingText(), application,
                JobApplications.ApplicationRef::postingText), DocumentLimits.POSTING_MAX);
        Tone tone = request.tone() == null ? Tone.PROFESSIONAL : request.tone();
        // Refuse before drafting (an LLM call costs time); the locked check below is the one that counts.
        quota.myUsage().stream().filter(u -> u.feature() == QuotaFeature.COVER_LETTERS && !u.canCreate())
                .findFirst().ifPresent(CoverLetterService::refuse);
        CoverLetterBrief brief = Objects.requireNonNull(reads.execute(status ->
                brief(request.resumeId(), company, jobTitle, posting, tone)));
        AssistantReply<String> draft = assistant.draftCoverLetter(brief);
        String body = abbreviate(draft.value(), DocumentLimits.LETTER_MAX);
        String title = abbreviate(company.isBlank() ? messages.get("documents.letter.defaultTitle", roleData.dictionary().roleTitle())
                : messages.get("documents.letter.titleFor", company), DocumentLimits.TITLE_MAX);
        CoverLetter saved = Objects.requireNonNull(writes.execute(status -> {
            acquireLetter();
            return versioning.create(new CoverLetter(currentUser.id(), title, request.resumeId(),
                    request.applicationId(), company, jobTitle, posting, tone, body, clock.instant()));
        }));
        return detail(saved, draft.engine().name(), draft.notice());
    }

    /**
     * A fresh draft for an existing letter in another tone, from the posting it was drafted for (or the
     * one given); not saved until the user saves it.
     */
    public AssistantReply<String> redraft(long id, Tone tone, @Nullable String postingText) {
        String posting = limit("postingText", postingText, DocumentLimits.POSTING_MAX);
        CoverLetterBrief brief = Objects.requireNonNull(reads.execute(status -> {
            CoverLetter letter = load(id);
            return brief(letter.resumeId(), letter.company(), letter.jobTitle(),
                    posting.isEmpty() ? letter.postingText() : posting, tone);
        }));
        return assistant.draftCoverLetter(brief);
    }

    @Transactional
    public CoverLetterDetail startFromExample(String exampleId) {
        DocumentExamples.ExampleLetter example = examples.letter(exampleId);
        acquireLetter();
        CoverLetter letter = versioning.create(new CoverLetter(currentUser.id(),
                abbreviate(example.name(), DocumentLimits.TITLE_MAX), null, null, example.company(), example.jobTitle(),
                "", example.tone(), example.body(), clock.instant()));
        return detail(letter, null, null);
    }

    @Transactional
    public CoverLetterDetail update(long id, String title, Tone tone, String body, @Nullable Long expectedVersion) {
        CoverLetter letter = versioning.loadForSave(id, expectedVersion);
        String cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            throw InvalidInputException.of("title", messages.get("documents.title.required"));
        }
        limit("title", cleanTitle, DocumentLimits.TITLE_MAX);
        limit("body", body, DocumentLimits.LETTER_MAX);
        if (body.isBlank()) {
            throw InvalidInputException.of("body", messages.get("documents.letter.bodyRequired"));
        }
        versioning.save(letter, () -> letter.revise(cleanTitle, tone, body, clock.instant()));
        return detail(letter, null, null);
    }

    @Transactional
    public void delete(long id) {
        letters.delete(load(id));
    }

    /** Each version's label is its tone ({@link Tone} constant). */
    @Override
    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(long id) {
        return versioning.list(id);
    }

    @Transactional(readOnly = true)
    public String versionBody(long id, int number) {
        return versioning.version(id, number).body();
    }

    /** One version's tone and text; {@code number} counts from 1. */
    @Transactional(readOnly = true)
    public CoverLetterContent versionContent(long id, int number) {
        CoverLetterVersion version = versioning.version(id, number);
        return new CoverLetterContent(version.tone(), version.body());
    }

    /** The lines of two versions' text, compared; {@code older} and {@code newer} are version numbers. */
    @Override
    @Transactional(readOnly = true)
    public List<LineDiff.Line> compare(long id, int older, int newer) {
        return versioning.compare(id, older, newer, v -> v.body().lines().toList());
    }

    /** Makes an old version's tone and text the newest version again; the title stays as it is now. */
    @Override
    @Transactional
    public CoverLetterDetail restore(long id, int number) {
        return versioning.restore(id, number, (letter, old) ->
                update(id, letter.title(), old.tone(), old.body(), letter.version()));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        CoverLetter letter = load(id);
        String sender = letter.resumeId() == null ? "" : resumes.findByIdAndOwnerId(letter.resumeId(), currentUser.id())
                .map(r -> json.read(r.content()).contact().fullName()).orElse("");
        return pdf.letter(letter.body(), letter.title(), sender);
    }

    public List<DocumentExamples.ExampleLetter> examples() {
        return examples.letters();
    }

    private void acquireLetter() {
        quota.acquire(QuotaFeature.COVER_LETTERS, () -> letters.countByOwnerId(currentUser.id()));
    }

    private static void refuse(QuotaUsage usage) {
        throw new QuotaExceededException(usage.feature(), Objects.requireNonNull(usage.limit()), usage.used());
    }

    private CoverLetterBrief brief(@Nullable Long resumeId, String company, String jobTitle, String posting,
            Tone tone) {
        ResumeContent resume = resumeId == null ? ResumeContent.empty()
                : json.read(resumes.findByIdAndOwnerId(resumeId, currentUser.id())
                        .orElseThrow(() -> new NotFoundException("Resume")).content());
        MatchResult match = roleData.matcher().match(ResumeText.of(resume), posting);
        MatchResult.CategoryScore hard = match.breakdown().get(KeywordCategory.HARD_SKILL);
        List<String> matched = hard == null ? List.of() : hard.matchedTerms();
        List<String> missing = hard == null || match.basis() != MatchResult.Basis.POSTING ? List.of()
                : hard.missingTerms();
        LocalDate today = LocalDate.now(clock);
        List<String> certifications = resume.certifications().stream()
                .filter(cert -> cert.expires() == null || !cert.expires().isBefore(today))
                .map(ResumeContent.Certification::name).toList();
        ResumeContent.Experience latest = resume.experience().isEmpty() ? null : resume.experience().getFirst();
        List<String> highlights = highlights(resume, match);
        return new CoverLetterBrief(resume.contact().fullName(),
                ResumeText.joined(" | ", resume.contact().email(), resume.contact().phone()),
                roleData.dictionary().roleTitle(), company, jobTitle, posting, matched, missing, certifications,
                highlights, latest == null ? "" : latest.title(), latest == null ? "" : latest.employer(),
                resume.totalClinicalHours(), tone);
    }

    /** The resume lines that show the posting's matched terms best; the latest job's first bullets otherwise. */
    private List<String> highlights(ResumeContent resume, MatchResult match) {
        java.util.Set<String> wanted = new java.util.HashSet<>(match.matched());
        KeywordMatcher matcher = roleData.matcher();
        List<String> lines = new java.util.ArrayList<>();
        resume.experience().forEach(job -> lines.addAll(job.bullets()));
        resume.clinicalHours().forEach(placement -> {
            for (String part : placement.description().split(";\\s*")) {
                if (!part.isBlank()) {
                    lines.add(part.strip());
                }
            }
        });
        List<String> best = lines.stream()
                .map(line -> java.util.Map.entry(line, matcher.find(line).stream()
                        .filter(keyword -> wanted.contains(keyword.term())).count()))
                .filter(entry -> entry.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(HIGHLIGHTS).map(java.util.Map.Entry::getKey).toList();
        if (!best.isEmpty() || resume.experience().isEmpty()) {
            return best;
        }
        return resume.experience().getFirst().bullets().stream().limit(HIGHLIGHTS).toList();
    }

    private CoverLetter load(long id) {
        return versioning.load(id);
    }

    private static @Nullable String orFrom(@Nullable String given, JobApplications.@Nullable ApplicationRef application,
            java.util.function.Function<JobApplications.ApplicationRef, String> field) {
        if ((given == null || given.isBlank()) && application != null) {
            return field.apply(application);
        }
        return given;
    }

    private String limit(String field, @Nullable String value, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > max) {
            throw InvalidInputException.of(field, messages.get("documents.field.tooLong", max));
        }
        return clean;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static CoverLetterSummary summary(CoverLetter l) {
        return new CoverLetterSummary(l.id(), l.title(), l.company(), l.jobTitle(), l.tone(), l.resumeId(),
                l.applicationId(), l.currentVersion(), l.updatedAt());
    }

    private static CoverLetterDetail detail(CoverLetter l, @Nullable String draftedBy, @Nullable String notice) {
        return new CoverLetterDetail(l.id(), l.title(), l.company(), l.jobTitle(), l.tone(), l.resumeId(),
                l.applicationId(), l.currentVersion(), l.version(), l.updatedAt(), l.body(), draftedBy, notice);
    }
}
