package com.clintrack.tracker;

import com.clintrack.base.InvalidInputException;
import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.security.CurrentUser;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application tracker: applications, their stage history, notes and follow-ups. Every query is
 * scoped to the signed-in user in the query itself; another user's id is "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TrackerService {

    /** Sort keys a caller may use, mapped to entity properties. */
    public static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("company", "company"), Map.entry("title", "title"), Map.entry("stage", "stage"),
            Map.entry("priority", "priority"), Map.entry("appliedOn", "appliedOn"),
            Map.entry("createdAt", "createdAt"), Map.entry("updatedAt", "updatedAt"),
            Map.entry("lastActivityAt", "lastActivityAt"), Map.entry("source", "source"),
            Map.entry("location", "location"), Map.entry("salaryMax", "salaryMax"));
    public static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
    static final int LOOKALIKES_MAX = 5;
    static final int SUGGESTIONS_MAX = 20;
    /** Trashed applications stay restorable this long (the undo window of bulk delete). */
    static final Duration TRASH_KEEP = Duration.ofMinutes(30);
    private static final String APPLICATION = "Application";
    private static final String FOLLOW_UP = "Follow-up";

    private final JobApplicationRepository applications;
    private final StageChangeRepository history;
    private final ApplicationNoteRepository notes;
    private final FollowUpRepository followUps;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final ObjectProvider<SentDocumentLabels> documentLabels;

    TrackerService(JobApplicationRepository applications, StageChangeRepository history,
            ApplicationNoteRepository notes, FollowUpRepository followUps, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events, Messages messages, ObjectProvider<SentDocumentLabels> documentLabels) {
        this.documentLabels = documentLabels;
        this.applications = applications;
        this.history = history;
        this.notes = notes;
        this.followUps = followUps;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.messages = messages;
    }

    // ---- Reading ---------------------------------------------------------

    /** A page with its totals: one select and one count. */
    @Transactional(readOnly = true)
    public Page<TrackedApplication> page(ApplicationFilter filter, Pageable pageable) {
        return applications.findAll(spec(currentUser.id(), filter), withTieBreak(pageable))
                .map(JobApplication::toRecord);
    }

    /** One slice for a lazy grid: a single select, no count. */
    @Transactional(readOnly = true)
    public List<TrackedApplication> list(ApplicationFilter filter, Pageable pageable) {
        Pageable sorted = withTieBreak(pageable);
        return applications.findBy(spec(currentUser.id(), filter), q -> q.sortBy(sorted.getSort())
                .slice(sorted)).getContent().stream().map(JobApplication::toRecord).toList();
    }

    @Transactional(readOnly = true)
    public long count(ApplicationFilter filter) {
        return applications.count(spec(currentUser.id(), filter));
    }

    @Transactional(readOnly = true)
    public long countAll() {
        return applications.countByOwnerId(currentUser.id());
    }

    @Transactional(readOnly = true)
    public TrackedApplication get(long id) {
        return load(currentUser.id(), id).toRecord();
    }

    /** One column of the board: a page of cards, the column total, and which cards have a follow-up due. */
    @Transactional(readOnly = true)
    public BoardColumn column(Stage stage, ApplicationFilter filter, int limit) {
        long owner = currentUser.id();
        ApplicationFilter inColumn = new ApplicationFilter(stage, filter.tag(), filter.source(), filter.setting(),
                filter.shift(), filter.text());
        Page<JobApplication> page = applications.findAll(spec(owner, inColumn),
                PageRequest.of(0, Math.max(1, limit), DEFAULT_SORT));
        List<TrackedApplication> cards = page.getContent().stream().map(JobApplication::toRecord).toList();
        Set<Long> due = cards.isEmpty() ? Set.of() : new HashSet<>(followUps.applicationsWithDue(owner, today(),
                cards.stream().map(TrackedApplication::id).toList()));
        return new BoardColumn(stage, cards, page.getTotalElements(), due);
    }

    /** Existing applications with the same URL, or the same company and title ignoring case and punctuation. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> lookalikes(@Nullable String url, String company, String title) {
        String cleanUrl = DuplicateMatcher.normalizeUrl(url);
        return applications.findLookalikes(currentUser.id(), cleanUrl == null ? "" : cleanUrl,
                        DuplicateMatcher.matchKey(company, title), PageRequest.of(0, LOOKALIKES_MAX)).stream()
                .map(a -> {
                    TrackedApplication r = a.toRecord();
                    return new DuplicateCandidate(r.id(), r.company(), r.title(), r.stage(),
                            cleanUrl != null && cleanUrl.equals(r.url()));
                })
                .toList();
    }

    // ---- Writing ---------------------------------------------------------

    @Transactional
    public TrackedApplication create(ApplicationDraft draft) {
        Validation.check(messages, draft);
        long owner = currentUser.id();
        Instant now = clock.instant();
        JobApplication application = new JobApplication(owner, now);
        application.apply(draft, now);
        Stage stage = draft.stage() == null ? Stage.SAVED : draft.stage();
        application.moveTo(stage, draft.closedReason(), today(), now);
        applications.saveAndFlush(application);
        recordMove(application, null, null, now);
        return application.toRecord();
    }

    /** Creates many at once, all or nothing (used by the import). */
    @Transactional
    public int createAll(List<ApplicationDraft> drafts) {
        drafts.forEach(this::create);
        return drafts.size();
    }

    /**
     * Saves edits. The draft's version must be the one read: otherwise someone else saved in between and
     * this fails with an optimistic locking exception (409 in the API) without losing anything stored.
     */
    @Transactional
    public TrackedApplication update(long id, ApplicationDraft draft) {
        if (draft.version() == null) {
            throw InvalidInputException.of("version", messages.get("tracker.error.versionRequired"));
        }
        Validation.check(messages, draft);
        JobApplication application = load(currentUser.id(), id);
        if (application.version() != draft.version()) {
            throw new ObjectOptimisticLockingFailureException(JobApplication.class, id);
        }
        Instant now = clock.instant();
        Stage before = application.stage();
        ClosedReason reasonBefore = application.closedReason();
        application.apply(draft, now);
        Stage target = draft.stage() == null ? before : draft.stage();
        ClosedReason reason = draft.stage() == null ? reasonBefore : draft.closedReason();
        if (target != before || reason != reasonBefore) {
            application.moveTo(target, reason, today(), now);
            applications.saveAndFlush(application);
            recordMove(application, before, null, now);
        } else {
            applications.saveAndFlush(application);
        }
        return application.toRecord();
    }

    /** Moves to a stage and writes a history row; moving to APPLIED sets the applied date if empty. */
    @Transactional
    public TrackedApplication move(long id, StageMove move) {
        validateMove(move);
        JobApplication application = load(currentUser.id(), id);
        Instant now = clock.instant();
        Stage before = application.stage();
        application.moveTo(move.stage(), move.closedReason(), today(), now);
        applications.saveAndFlush(application);
        recordMove(application, before, cleanNote(move.note()), now);
        return application.toRecord();
    }

    /** Moves many at once (all or nothing) and returns each one's previous stage by id, for undo. */
    @Transactional
    public Map<Long, StageMove> moveAll(Collection<Long> ids, StageMove move) {
        validateMove(move);
        long owner = currentUser.id();
        List<JobApplication> found = loadAll(owner, ids);
        Map<Long, StageMove> previous = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (JobApplication application : found) {
            Stage before = application.stage();
            previous.put(application.id(), new StageMove(before, application.closedReason(), null));
            application.moveTo(move.stage(), move.closedReason(), today(), now);
            recordMove(application, before, cleanNote(move.note()), now);
        }
        applications.flush();
        return previous;
    }

    /** Undoes {@link #moveAll}: each application goes back to its own previous stage (with history). */
    @Transactional
    public void moveBack(Map<Long, StageMove> previous) {
        previous.forEach((id, move) -> move(id, new StageMove(move.stage(), move.closedReason(),
                messages.get("tracker.undo.note"))));
    }

    /** Adds a tag to many applications; returns the ids that did not have it yet, for undo. */
    @Transactional
    public List<Long> tagAll(Collection<Long> ids, String tag) {
        List<String> clean = Tags.normalize(List.of(tag));
        Validation v = new Validation(messages);
        v.required("tag", clean.isEmpty() ? null : clean.getFirst(), TrackerLimits.TAG_MAX);
        v.throwIfAny();
        Instant now = clock.instant();
        List<Long> changed = new ArrayList<>();
        for (JobApplication application : loadAll(currentUser.id(), ids)) {
            List<String> tags = new ArrayList<>(application.tags());
            if (!tags.contains(clean.getFirst())) {
                tags.add(clean.getFirst());
                checkTagsFit(tags);
                application.replaceTags(tags, now);
                changed.add(application.id());
            }
        }
        return changed;
    }

    @Transactional
    public void untagAll(Collection<Long> ids, String tag) {
        List<String> clean = Tags.normalize(List.of(tag));
        Instant now = clock.instant();
        for (JobApplication application : loadAll(currentUser.id(), ids)) {
            List<String> tags = new ArrayList<>(application.tags());
            if (tags.removeAll(clean)) {
                application.replaceTags(tags, now);
            }
        }
    }

    /** Deletes for good, with its history, notes, links and follow-ups. */
    @Transactional
    public void delete(long id) {
        applications.delete(load(currentUser.id(), id));
    }

    /** Moves applications to the trash, from where {@link #restore} brings them back for a while. */
    @Transactional
    public int trash(Collection<Long> ids) {
        long owner = currentUser.id();
        Instant now = clock.instant();
        applications.purgeTrash(owner, now.minus(TRASH_KEEP));
        List<Long> mine = loadAll(owner, ids).stream().map(JobApplication::id).toList();
        return applications.trash(owner, mine, now);
    }

    @Transactional
    public int restore(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : applications.restore(currentUser.id(), ids);
    }

    // ---- History and notes ---------------------------------------------------

    @Transactional(readOnly = true)
    public List<StageChangeEntry> history(long applicationId) {
        long owner = currentUser.id();
        load(owner, applicationId);
        return history.findByOwnerIdAndApplicationIdOrderByChangedAtAscIdAsc(owner, applicationId).stream()
                .map(StageChange::toEntry).toList();
    }

    @Transactional(readOnly = true)
    public List<NoteEntry> notes(long applicationId) {
        long owner = currentUser.id();
        load(owner, applicationId);
        return notes.findByOwnerIdAndApplicationIdOrderByCreatedAtDescIdDesc(owner, applicationId).stream()
                .map(ApplicationNote::toEntry).toList();
    }

    @Transactional
    public NoteEntry addNote(long applicationId, @Nullable String text) {
        validateNote(text);
        long owner = currentUser.id();
        load(owner, applicationId);
        Instant now = clock.instant();
        applications.recordActivity(owner, applicationId, now);
        return notes.saveAndFlush(new ApplicationNote(owner, applicationId, text.strip(), now)).toEntry();
    }

    /**
     * Replaces a note's text; the note must belong to that application of the user's. Like adding one, it
     * counts as activity on the application.
     */
    @Transactional
    public NoteEntry updateNote(long applicationId, long noteId, @Nullable String text) {
        validateNote(text);
        long owner = currentUser.id();
        ApplicationNote note = loadNote(owner, applicationId, noteId);
        note.edit(text.strip());
        applications.recordActivity(owner, applicationId, clock.instant());
        return notes.saveAndFlush(note).toEntry();
    }

    @Transactional
    public void deleteNote(long applicationId, long noteId) {
        notes.delete(loadNote(currentUser.id(), applicationId, noteId));
    }

    // ---- Follow-ups ------------------------------------------------------

    @Transactional(readOnly = true)
    public List<FollowUpEntry> followUps(long applicationId) {
        long owner = currentUser.id();
        TrackedApplication application = load(owner, applicationId).toRecord();
        return followUps.findByOwnerIdAndApplicationIdOrderByDoneAscDueOnAsc(owner, applicationId).stream()
                .map(f -> new FollowUpEntry(f.id(), applicationId, application.company(), application.title(),
                        f.title(), f.dueOn(), f.done()))
                .toList();
    }

    @Transactional
    public FollowUpEntry addFollowUp(long applicationId, @Nullable String title, @Nullable LocalDate dueOn) {
        validateFollowUp(title, dueOn);
        long owner = currentUser.id();
        JobApplication application = load(owner, applicationId);
        Instant now = clock.instant();
        applications.recordActivity(owner, applicationId, now);
        FollowUp saved = followUps.saveAndFlush(new FollowUp(owner, applicationId, title.strip(), dueOn, now));
        return new FollowUpEntry(saved.id(), applicationId, application.company(), application.title(),
                saved.title(), saved.dueOn(), false);
    }

    @Transactional
    public void setFollowUpDone(long followUpId, boolean done) {
        long owner = currentUser.id();
        FollowUp followUp = followUps.findByIdAndOwnerId(followUpId, owner)
                .orElseThrow(() -> new NotFoundException(FOLLOW_UP));
        Instant now = clock.instant();
        followUp.markDone(done, now);
        applications.recordActivity(owner, load(owner, followUp.applicationId()).id(), now);
    }

    /**
     * Replaces a follow-up's title and due date, and its done flag unless {@code done} is null; the follow-up
     * must belong to that application of the user's. Like adding one, any change counts as activity.
     */
    @Transactional
    public FollowUpEntry updateFollowUp(long applicationId, long followUpId, @Nullable String title,
            @Nullable LocalDate dueOn, @Nullable Boolean done) {
        validateFollowUp(title, dueOn);
        long owner = currentUser.id();
        JobApplication application = load(owner, applicationId);
        FollowUp followUp = followUps.findByIdAndOwnerIdAndApplicationId(followUpId, owner, applicationId)
                .orElseThrow(() -> new NotFoundException(FOLLOW_UP));
        Instant now = clock.instant();
        followUp.change(title.strip(), dueOn);
        if (done != null && done != followUp.done()) {
            followUp.markDone(done, now);
        }
        applications.recordActivity(owner, applicationId, now);
        followUps.saveAndFlush(followUp);
        return new FollowUpEntry(followUp.id(), applicationId, application.company(), application.title(),
                followUp.title(), followUp.dueOn(), followUp.done());
    }

    @Transactional
    public void deleteFollowUp(long applicationId, long followUpId) {
        long owner = currentUser.id();
        load(owner, applicationId);
        followUps.delete(followUps.findByIdAndOwnerIdAndApplicationId(followUpId, owner, applicationId)
                .orElseThrow(() -> new NotFoundException(FOLLOW_UP)));
    }

    /** Open follow-ups due today or earlier, soonest first. */
    @Transactional(readOnly = true)
    public List<FollowUpEntry> dueFollowUps(int limit) {
        return followUps.findOpenDue(currentUser.id(), today(), PageRequest.of(0, Math.max(1, limit)));
    }

    @Transactional(readOnly = true)
    public long countDueFollowUps() {
        return followUps.countOpenDue(currentUser.id(), today());
    }

    /**
     * Suggestions computed from the data (two statements): a follow-up for an APPLIED application with no
     * activity for 7 days and no open follow-up; "possibly ghosted" for one in the pipeline with no
     * activity for 21 days. Nothing changes until the user accepts one.
     */
    @Transactional(readOnly = true)
    public List<FollowUpSuggestion> suggestions() {
        long owner = currentUser.id();
        Instant now = clock.instant();
        List<JobApplication> inactive = applications.findInactive(owner,
                List.of(Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING),
                now.minus(Duration.ofDays(TrackerLimits.FOLLOW_UP_AFTER_DAYS)), PageRequest.of(0, SUGGESTIONS_MAX));
        if (inactive.isEmpty()) {
            return List.of();
        }
        Set<Long> withOpen = new HashSet<>(followUps.applicationsWithOpen(owner,
                inactive.stream().map(JobApplication::id).toList()));
        List<FollowUpSuggestion> out = new ArrayList<>();
        for (JobApplication a : inactive) {
            TrackedApplication r = a.toRecord();
            long days = ChronoUnit.DAYS.between(r.lastActivityAt(), now);
            if (days >= TrackerLimits.GHOSTED_AFTER_DAYS) {
                out.add(new FollowUpSuggestion(r.id(), r.company(), r.title(),
                        FollowUpSuggestion.Kind.POSSIBLY_GHOSTED, days));
            } else if (r.stage() == Stage.APPLIED && !withOpen.contains(r.id())) {
                out.add(new FollowUpSuggestion(r.id(), r.company(), r.title(), FollowUpSuggestion.Kind.FOLLOW_UP,
                        days));
            }
        }
        return out;
    }

    /** Accepts a follow-up suggestion: a follow-up due today. */
    @Transactional
    public FollowUpEntry acceptFollowUpSuggestion(long applicationId) {
        TrackedApplication application = get(applicationId);
        return addFollowUp(applicationId, messages.get("tracker.followUp.suggestedTitle", application.company()),
                today());
    }

    /** The user confirms "possibly ghosted": the application is closed as GHOSTED. */
    @Transactional
    public TrackedApplication confirmGhosted(long applicationId) {
        return move(applicationId, new StageMove(Stage.CLOSED, ClosedReason.GHOSTED,
                messages.get("tracker.ghosted.note")));
    }

    /** The user says the application is still alive: counts as activity, so the suggestion goes away. */
    @Transactional
    public void dismissSuggestion(long applicationId) {
        long owner = currentUser.id();
        applications.recordActivity(owner, load(owner, applicationId).id(), clock.instant());
    }

    /**
     * Records which resume version and which cover-letter version were sent with an application (null
     * clears one). The application must be the user's, and so must each version (checked through
     * {@link SentDocumentLabels}); otherwise "not found" and nothing changes.
     */
    @Transactional
    public TrackedApplication recordDocumentsSent(long applicationId, @Nullable Long resumeVersionId,
            @Nullable Long coverLetterVersionId) {
        JobApplication application = load(currentUser.id(), applicationId);
        if (resumeVersionId != null || coverLetterVersionId != null) {
            SentDocumentLabels labels = documentLabels.getIfAvailable();
            if (labels == null) {
                throw new NotFoundException("Document version");
            }
            if (resumeVersionId != null
                    && !labels.resumeVersionLabels(List.of(resumeVersionId)).containsKey(resumeVersionId)) {
                throw new NotFoundException("Resume version");
            }
            if (coverLetterVersionId != null
                    && !labels.coverLetterVersionLabels(List.of(coverLetterVersionId)).containsKey(coverLetterVersionId)) {
                throw new NotFoundException("Cover letter version");
            }
        }
        application.recordDocumentsSent(resumeVersionId, coverLetterVersionId, clock.instant());
        applications.saveAndFlush(application);
        return application.toRecord();
    }

    // ---- Internals -------------------------------------------------------

    LocalDate today() {
        return LocalDate.now(clock.withZone(currentUser.require().zoneId()));
    }

    private JobApplication load(long owner, long id) {
        return applications.findByIdAndOwnerId(id, owner).orElseThrow(() -> new NotFoundException(APPLICATION));
    }

    /** All of the given ids, or not found when any is missing or someone else's (bulk work is all or nothing). */
    private List<JobApplication> loadAll(long owner, Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        List<JobApplication> found = wanted.isEmpty() ? List.of() : applications.findByOwnerIdAndIdIn(owner, wanted);
        if (found.size() != wanted.size()) {
            throw new NotFoundException(APPLICATION);
        }
        return found;
    }

    private void recordMove(JobApplication application, @Nullable Stage from, @Nullable String note, Instant now) {
        history.save(new StageChange(application.ownerId(), application.id(), from, application.stage(),
                application.closedReason(), now, note));
        events.publishEvent(new ApplicationStageChanged(application.ownerId(), application.id(), from,
                application.stage(), application.closedReason(), now));
    }

    private ApplicationNote loadNote(long owner, long applicationId, long noteId) {
        load(owner, applicationId);
        return notes.findByIdAndOwnerIdAndApplicationId(noteId, owner, applicationId)
                .orElseThrow(() -> new NotFoundException("Note"));
    }

    private void validateNote(@Nullable String text) {
        Validation v = new Validation(messages);
        v.required("text", text, TrackerLimits.NOTE_MAX);
        v.throwIfAny();
    }

    private void validateFollowUp(@Nullable String title, @Nullable LocalDate dueOn) {
        Validation v = new Validation(messages);
        v.required("title", title, TrackerLimits.FOLLOW_UP_TITLE_MAX);
        if (dueOn == null) {
            v.put("dueOn", messages.get("tracker.error.required"));
        }
        v.throwIfAny();
    }

    private void validateMove(StageMove move) {
        Validation v = new Validation(messages);
        if (move.stage() == Stage.CLOSED && move.closedReason() == null) {
            v.put("closedReason", messages.get("tracker.error.closedReason"));
        }
        v.max("note", move.note(), TrackerLimits.STAGE_NOTE_MAX);
        v.throwIfAny();
    }

    private void checkTagsFit(List<String> tags) {
        Validation v = new Validation(messages);
        v.tags(tags);
        v.throwIfAny();
    }

    private static @Nullable String cleanNote(@Nullable String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static Pageable withTieBreak(Pageable pageable) {
        return Pageables.withTieBreak(pageable, DEFAULT_SORT);
    }

    /** The filter as one criteria predicate; the owner is always part of it. */
    static Specification<JobApplication> spec(long owner, ApplicationFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("ownerId"), owner));
            if (filter.stage() != null) {
                where.add(cb.equal(root.get("stage"), filter.stage()));
            }
            if (filter.setting() != null) {
                where.add(cb.equal(root.get("setting"), filter.setting()));
            }
            if (filter.shift() != null) {
                where.add(cb.equal(root.get("shift"), filter.shift()));
            }
            if (filter.source() != null && !filter.source().isBlank()) {
                where.add(cb.equal(cb.lower(root.get("source")), filter.source().strip().toLowerCase(Locale.ROOT)));
            }
            if (filter.tag() != null && !filter.tag().isBlank()) {
                where.add(cb.like(root.get("tags"), Tags.likePattern(filter.tag()), '\\'));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = "%" + Tags.escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("company")), pattern, '\\'),
                        cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("location")), pattern, '\\'),
                        cb.like(cb.lower(root.get("source")), pattern, '\\'),
                        cb.like(root.get("tags"), pattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Counts per stage, every stage present (zero when empty). */
    @Transactional(readOnly = true)
    public Map<Stage, Long> countsByStage() {
        Map<Stage, Long> counts = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0L);
        }
        for (Object[] row : applications.countByStage(currentUser.id())) {
            counts.put((Stage) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
