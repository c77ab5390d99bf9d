package com.clintrack.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

@IntegrationTest
class TrackerServiceTest {

    static final Instant START = Instant.parse("2025-06-02T15:00:00Z");

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(START);
        }

        @Bean
        StageEvents stageEvents() {
            return new StageEvents();
        }
    }

    @Component
    static class StageEvents {
        final List<ApplicationStageChanged> received = new ArrayList<>();

        @EventListener
        void on(ApplicationStageChanged event) {
            received.add(event);
        }
    }

    @Autowired
    TrackerService tracker;
    @Autowired
    ContactService contacts;
    @Autowired
    SavedFilterService filters;
    @Autowired
    TrackerStatsService stats;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    Clock injectedClock;
    @Autowired
    StageEvents events;

    AccountSummary alice;
    AccountSummary bob;

    @BeforeEach
    void users() {
        clock.set(START);
        alice = TestAccounts.register(accounts, "svc-alice");
        bob = TestAccounts.register(accounts, "svc-bob");
        TestAccounts.signIn(users, alice.email());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private TrackedApplication add(String company, String title, Stage stage) {
        return tracker.create(ApplicationDraft.quick(company, title, null, "Indeed", stage));
    }

    @Test
    void theClockIsTheTestClock() {
        assertThat(injectedClock.instant()).isEqualTo(clock.instant());
    }

    @Test
    void anotherUsersDataIsNotFoundForEveryServiceMethod() {
        TrackedApplication app = add("Mercy", "EKG Tech", Stage.APPLIED);
        NoteEntry note = tracker.addNote(app.id(), "hello");
        FollowUpEntry followUp = tracker.addFollowUp(app.id(), "Call", LocalDate.of(2025, 6, 9));
        ContactData contact = contacts.addToApplication(app.id(), new ContactDraft("Dana", ContactRole.RECRUITER,
                null, null, null, null, null));
        SavedFilter filter = filters.save("Mine", ApplicationFilter.ofStageAndText(Stage.APPLIED, null));

        TestAccounts.signIn(users, bob.email());
        long id = app.id();
        List<Runnable> calls = List.of(
                () -> tracker.get(id),
                () -> tracker.update(id, app.toDraft()),
                () -> tracker.move(id, StageMove.to(Stage.OFFER)),
                () -> tracker.moveAll(List.of(id), StageMove.to(Stage.OFFER)),
                () -> tracker.tagAll(List.of(id), "x"),
                () -> tracker.trash(List.of(id)),
                () -> tracker.delete(id),
                () -> tracker.history(id),
                () -> tracker.notes(id),
                () -> tracker.addNote(id, "x"),
                () -> tracker.updateNote(id, note.id(), "x"),
                () -> tracker.deleteNote(id, note.id()),
                () -> tracker.followUps(id),
                () -> tracker.addFollowUp(id, "x", LocalDate.of(2025, 6, 9)),
                () -> tracker.setFollowUpDone(followUp.id(), true),
                () -> tracker.updateFollowUp(id, followUp.id(), "x", LocalDate.of(2025, 6, 9), true),
                () -> tracker.deleteFollowUp(id, followUp.id()),
                () -> tracker.acceptFollowUpSuggestion(id),
                () -> tracker.confirmGhosted(id),
                () -> tracker.dismissSuggestion(id),
                () -> contacts.get(contact.id()),
                () -> contacts.applicationsOf(contact.id()),
                () -> contacts.ofApplication(id),
                () -> contacts.addToApplication(id, new ContactDraft("x", null, null, null, null, null, null)),
                () -> contacts.link(id, contact.id()),
                () -> contacts.unlink(id, contact.id()),
                () -> contacts.update(contact.id(), contact.toDraft()),
                () -> contacts.delete(contact.id()),
                () -> filters.delete(filter.id()));
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i)::run).as("call " + i).isInstanceOf(NotFoundException.class);
        }
        TrackedApplication bobs = add("B", "T", Stage.SAVED);
        assertThatThrownBy(() -> contacts.link(bobs.id(), contact.id())).isInstanceOf(NotFoundException.class);
        assertThat(tracker.count(ApplicationFilter.NONE)).isEqualTo(1);
        assertThat(tracker.lookalikes(null, "Mercy", "EKG Tech")).isEmpty();
        assertThat(contacts.all(PageRequest.of(0, 10))).isEmpty();
        assertThat(contacts.list(null, PageRequest.of(0, 10))).isEmpty();
        assertThat(contacts.count("dana")).isZero();
        assertThat(filters.mine()).isEmpty();
        assertThat(tracker.dueFollowUps(10)).isEmpty();
        assertThat(stats.stats().total()).isEqualTo(1);

        TestAccounts.signIn(users, alice.email());
        assertThat(tracker.get(id).stage()).isEqualTo(Stage.APPLIED);
        assertThat(tracker.notes(id)).hasSize(1);
        assertThat(contacts.ofApplication(id)).hasSize(1);
    }

    @Test
    void withoutSignInNothingWorks() {
        TestAccounts.signOut();
        assertThatThrownBy(() -> tracker.count(ApplicationFilter.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void secondOfTwoConcurrentEditsGetsAConflictAndTheFirstIsKept() {
        TrackedApplication app = add("Mercy", "EKG Tech", Stage.SAVED);
        ApplicationDraft first = app.toDraft();
        ApplicationDraft second = app.toDraft();
        tracker.update(app.id(), new ApplicationDraft(first.company(), "EKG Technician II", first.location(),
                first.city(), first.state(), first.zip(), first.url(), first.source(), first.employmentType(),
                first.shift(), first.setting(), first.salaryMin(), first.salaryMax(), first.salaryPeriod(),
                first.expectedPay(), first.offeredPay(), first.postingText(), first.stage(), first.closedReason(),
                first.priority(), first.tags(), first.appliedOn(), null, null, first.version()));
        assertThatThrownBy(() -> tracker.update(app.id(), second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(tracker.get(app.id()).title()).isEqualTo("EKG Technician II");
    }

    @Test
    void stageChangesWriteHistoryAndPublishEvents() {
        events.received.clear();
        TrackedApplication app = add("Mercy", "EKG Tech", Stage.SAVED);
        tracker.move(app.id(), new StageMove(Stage.INTERVIEWING, null, "Phone call went well"));
        List<StageChangeEntry> history = tracker.history(app.id());
        assertThat(history).extracting(StageChangeEntry::to).containsExactly(Stage.SAVED, Stage.INTERVIEWING);
        assertThat(history.get(1).from()).isEqualTo(Stage.SAVED);
        assertThat(history.get(1).note()).isEqualTo("Phone call went well");
        assertThat(events.received).extracting(ApplicationStageChanged::to)
                .containsExactly(Stage.SAVED, Stage.INTERVIEWING);
        assertThat(events.received.get(1).ownerId()).isEqualTo(alice.id());
        assertThatThrownBy(() -> tracker.move(app.id(), StageMove.to(Stage.CLOSED)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void appliedDateUsesTheUsersTimeZone() {
        // 02:00 UTC on June 3 is still June 2 in Chicago.
        clock.advance(Duration.ofHours(11));
        TrackedApplication app = add("Mercy", "EKG Tech", Stage.APPLIED);
        assertThat(app.appliedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void lookalikesBySameUrlOrSameCompanyAndTitle() {
        TrackedApplication existing = tracker.create(ApplicationDraft.quick("St. Mary’s Hospital",
                "Clinical Technician", "https://jobs.example/123/", null, null));
        assertThat(tracker.lookalikes(null, "st marys hospital", "CLINICAL TECHNICIAN!"))
                .extracting(DuplicateCandidate::id).containsExactly(existing.id());
        assertThat(tracker.lookalikes("https://jobs.example/123", "Other", "Job"))
                .singleElement().extracting(DuplicateCandidate::sameUrl).isEqualTo(true);
        assertThat(tracker.lookalikes("https://jobs.example/999", "Other", "Job")).isEmpty();
    }

    @Test
    void suggestionsAfterSevenAndTwentyOneDaysWithoutActivity() {
        TrackedApplication quiet = add("Quiet Clinic", "Tech", Stage.APPLIED);
        TrackedApplication busy = add("Busy Lab", "Tech", Stage.APPLIED);
        clock.advance(Duration.ofDays(6));
        assertThat(tracker.suggestions()).isEmpty();
        tracker.addNote(busy.id(), "Emailed the recruiter");
        clock.advance(Duration.ofDays(2));
        assertThat(tracker.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.applicationId()).isEqualTo(quiet.id());
            assertThat(s.kind()).isEqualTo(FollowUpSuggestion.Kind.FOLLOW_UP);
        });
        FollowUpEntry accepted = tracker.acceptFollowUpSuggestion(quiet.id());
        assertThat(accepted.title()).contains("Quiet Clinic");
        assertThat(tracker.dueFollowUps(10)).extracting(FollowUpEntry::applicationId).contains(quiet.id());
        clock.advance(Duration.ofDays(22));
        assertThat(tracker.suggestions()).extracting(FollowUpSuggestion::kind)
                .containsOnly(FollowUpSuggestion.Kind.POSSIBLY_GHOSTED);
        // Nothing closes by itself; the user confirms.
        assertThat(tracker.get(quiet.id()).stage()).isEqualTo(Stage.APPLIED);
        tracker.confirmGhosted(quiet.id());
        assertThat(tracker.get(quiet.id()).closedReason()).isEqualTo(ClosedReason.GHOSTED);
        tracker.dismissSuggestion(busy.id());
        assertThat(tracker.suggestions()).isEmpty();
    }

    @Test
    void filtersByStageTagSourceSettingShiftAndText() {
        TrackedApplication icu = tracker.create(new ApplicationDraft("Mercy", "ICU Tech", null, "Austin", "TX", null,
                null, "Referral", EmploymentType.FULL_TIME, Shift.NIGHTS, CareSetting.HOSPITAL, null, null, null,
                null, null, null, Stage.APPLIED, null, 5, List.of("ICU", "nights"), null, null, null, null));
        add("Quest", "Phlebotomist", Stage.SAVED);
        assertThat(tracker.list(new ApplicationFilter(null, "icu", null, null, null, null), PageRequest.of(0, 10)))
                .extracting(TrackedApplication::id).containsExactly(icu.id());
        assertThat(tracker.count(new ApplicationFilter(null, "ic", null, null, null, null))).isZero();
        assertThat(tracker.count(new ApplicationFilter(Stage.APPLIED, null, "referral", CareSetting.HOSPITAL,
                Shift.NIGHTS, "austin"))).isEqualTo(1);
        assertThat(tracker.count(ApplicationFilter.ofStageAndText(null, "phleb"))).isEqualTo(1);
        assertThat(tracker.count(ApplicationFilter.NONE)).isEqualTo(2);
    }

    @Test
    void bulkMovesTagsAndTrashCanBeUndone() {
        TrackedApplication a = add("A", "Tech", Stage.SAVED);
        TrackedApplication b = add("B", "Tech", Stage.APPLIED);
        Map<Long, StageMove> previous = tracker.moveAll(List.of(a.id(), b.id()), StageMove.to(Stage.SCREENING));
        assertThat(tracker.count(ApplicationFilter.ofStageAndText(Stage.SCREENING, null))).isEqualTo(2);
        assertThat(previous.get(a.id()).stage()).isEqualTo(Stage.SAVED);
        assertThat(previous.get(b.id()).stage()).isEqualTo(Stage.APPLIED);
        List<Long> tagged = tracker.tagAll(List.of(a.id(), b.id()), "Priority");
        assertThat(tracker.get(a.id()).tags()).containsExactly("priority");
        tracker.untagAll(tagged, "priority");
        assertThat(tracker.get(a.id()).tags()).isEmpty();
        assertThat(tracker.trash(List.of(a.id(), b.id()))).isEqualTo(2);
        assertThat(tracker.count(ApplicationFilter.NONE)).isZero();
        assertThatThrownBy(() -> tracker.get(a.id())).isInstanceOf(NotFoundException.class);
        assertThat(tracker.restore(List.of(a.id(), b.id()))).isEqualTo(2);
        assertThat(tracker.get(a.id()).stage()).isEqualTo(Stage.SCREENING);
        // A bulk action that names an id that is not the user's changes nothing.
        TestAccounts.signIn(users, bob.email());
        long bobs = add("Bob Co", "Tech", Stage.SAVED).id();
        TestAccounts.signIn(users, alice.email());
        assertThatThrownBy(() -> tracker.moveAll(List.of(a.id(), bobs), StageMove.to(Stage.OFFER)))
                .isInstanceOf(NotFoundException.class);
        assertThat(tracker.get(a.id()).stage()).isEqualTo(Stage.SCREENING);
    }

    @Test
    void contactsAreSharedBetweenApplications() {
        TrackedApplication a = add("A", "Tech", Stage.SAVED);
        TrackedApplication b = add("B", "Tech", Stage.SAVED);
        ContactData dana = contacts.addToApplication(a.id(), new ContactDraft("Dana", ContactRole.RECRUITER,
                "dana@example.com", null, "https://www.linkedin.com/in/dana", null, null));
        contacts.link(b.id(), dana.id());
        contacts.link(b.id(), dana.id());
        assertThat(contacts.ofApplication(b.id())).extracting(ContactData::name).containsExactly("Dana");
        assertThatThrownBy(() -> contacts.addToApplication(a.id(), new ContactDraft("X", null, null, null,
                "javascript:alert(1)", null, null))).isInstanceOf(InvalidInputException.class);
        contacts.unlink(b.id(), dana.id());
        assertThat(contacts.ofApplication(b.id())).isEmpty();
        assertThat(contacts.ofApplication(a.id())).hasSize(1);
    }

    @Test
    void notesAndFollowUpsAreEditedAndDeletedOnlyThroughTheirOwnApplication() {
        TrackedApplication a = add("A", "Tech", Stage.APPLIED);
        TrackedApplication b = add("B", "Tech", Stage.APPLIED);
        NoteEntry note = tracker.addNote(a.id(), "Called HR");
        FollowUpEntry followUp = tracker.addFollowUp(a.id(), "Call", LocalDate.of(2025, 6, 9));

        clock.advance(Duration.ofHours(1));
        assertThat(tracker.updateNote(a.id(), note.id(), "  Called HR twice ").text()).isEqualTo("Called HR twice");
        assertThat(tracker.notes(a.id())).extracting(NoteEntry::text).containsExactly("Called HR twice");
        assertThat(tracker.get(a.id()).lastActivityAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> tracker.updateNote(a.id(), note.id(), " ")).isInstanceOf(InvalidInputException.class);
        // The same user's note, but under another application: not found, like a missing one.
        assertThatThrownBy(() -> tracker.updateNote(b.id(), note.id(), "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracker.deleteNote(b.id(), note.id())).isInstanceOf(NotFoundException.class);

        clock.advance(Duration.ofHours(1));
        FollowUpEntry changed = tracker.updateFollowUp(a.id(), followUp.id(), "Call the lab manager",
                LocalDate.of(2025, 6, 12), true);
        assertThat(changed).isEqualTo(new FollowUpEntry(followUp.id(), a.id(), "A", "Tech", "Call the lab manager",
                LocalDate.of(2025, 6, 12), true));
        assertThat(tracker.get(a.id()).lastActivityAt()).isEqualTo(clock.instant());
        // Without done, the flag stays as it is; a new title alone is activity too.
        clock.advance(Duration.ofHours(1));
        assertThat(tracker.updateFollowUp(a.id(), followUp.id(), "Call", LocalDate.of(2025, 6, 12), null).done())
                .isTrue();
        assertThat(tracker.get(a.id()).lastActivityAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> tracker.updateFollowUp(a.id(), followUp.id(), "", null, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("title", "dueOn"));
        assertThatThrownBy(() -> tracker.updateFollowUp(b.id(), followUp.id(), "x", LocalDate.of(2025, 6, 9), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracker.deleteFollowUp(b.id(), followUp.id())).isInstanceOf(NotFoundException.class);

        tracker.deleteNote(a.id(), note.id());
        tracker.deleteFollowUp(a.id(), followUp.id());
        assertThat(tracker.notes(a.id())).isEmpty();
        assertThat(tracker.followUps(a.id())).isEmpty();
    }

    @Test
    void theContactsListCountsLinkedApplicationsSortsSearchesAndPages() {
        TrackedApplication mercy = add("Mercy", "EKG Tech", Stage.APPLIED);
        TrackedApplication quest = add("Quest", "Phlebotomist", Stage.SAVED);
        ContactData dana = contacts.addToApplication(quest.id(), new ContactDraft("Dana Lee", ContactRole.RECRUITER,
                "dana@mercy.example", "(512) 555-0101", null, null, null));
        contacts.link(mercy.id(), dana.id());
        ContactData eli = contacts.addToApplication(mercy.id(), new ContactDraft("Eli Park", null, null, null, null,
                null, null));
        ContactData fay = contacts.create(new ContactDraft("Fay Ortiz", ContactRole.REFERENCE, "fay@example.com",
                null, null, null, null));
        TestAccounts.signIn(users, bob.email());
        contacts.create(new ContactDraft("Dana Bob", null, null, null, null, null, null));
        TestAccounts.signIn(users, alice.email());

        assertThat(contacts.list(null, PageRequest.of(0, 10)))
                .extracting(ContactSummary::name, ContactSummary::applicationCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dana Lee", 2L),
                        org.assertj.core.groups.Tuple.tuple("Eli Park", 1L),
                        org.assertj.core.groups.Tuple.tuple("Fay Ortiz", 0L));
        assertThat(contacts.list(null, PageRequest.of(0, 10, org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Order.asc("applicationCount")))))
                .extracting(ContactSummary::id).containsExactly(fay.id(), eli.id(), dana.id());
        assertThat(contacts.list(null, PageRequest.of(0, 10, org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Order.desc("email")))).getFirst().id()).isEqualTo(fay.id());
        assertThat(contacts.list(null, PageRequest.of(1, 2))).extracting(ContactSummary::id).containsExactly(fay.id());
        assertThat(contacts.page(null, PageRequest.of(0, 2)).getTotalElements()).isEqualTo(3);
        // Search looks in name, email and phone, ignoring case; % and _ are plain characters.
        assertThat(contacts.list(" DANA ", PageRequest.of(0, 10))).extracting(ContactSummary::id)
                .containsExactly(dana.id());
        assertThat(contacts.count("@example.com")).isEqualTo(1);
        assertThat(contacts.count("555-01")).isEqualTo(1);
        assertThat(contacts.count("%")).isZero();
        assertThat(contacts.countAll()).isEqualTo(3);
        assertThat(contacts.applicationsOf(dana.id())).extracting(LinkedApplication::company)
                .containsExactly("Mercy", "Quest");

        // A trashed application no longer counts; deleting a contact unlinks it everywhere.
        tracker.trash(List.of(quest.id()));
        assertThat(contacts.list("dana", PageRequest.of(0, 10)).getFirst().applicationCount()).isEqualTo(1);
        assertThat(contacts.applicationsOf(dana.id())).extracting(LinkedApplication::id).containsExactly(mercy.id());
        contacts.delete(dana.id());
        assertThat(contacts.ofApplication(mercy.id())).extracting(ContactData::id).containsExactly(eli.id());
        tracker.restore(List.of(quest.id()));
        assertThat(contacts.ofApplication(quest.id())).isEmpty();
    }

    @Test
    void unlinkingAContactThatIsNotLinkedIsNotFound() {
        TrackedApplication a = add("A", "Tech", Stage.SAVED);
        ContactData fay = contacts.create(new ContactDraft("Fay", null, null, null, null, null, null));
        assertThatThrownBy(() -> contacts.unlink(a.id(), fay.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.create(new ContactDraft(" ", null, "not-an-email", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "email"));
    }

    @Test
    void savedFiltersArePerUserAndReplaceByName() {
        filters.save("Night jobs", new ApplicationFilter(null, null, null, null, Shift.NIGHTS, null));
        filters.save("Night jobs", new ApplicationFilter(Stage.APPLIED, null, null, null, Shift.NIGHTS, null));
        assertThat(filters.mine()).singleElement().extracting(SavedFilter::query)
                .isEqualTo("stage=APPLIED&shift=NIGHTS");
    }

    @Test
    void dashboardFigures() {
        TrackedApplication a = add("A", "Tech", Stage.APPLIED);
        TrackedApplication b = add("B", "Tech", Stage.APPLIED);
        add("C", "Tech", Stage.SAVED);
        tracker.move(a.id(), StageMove.to(Stage.INTERVIEWING));
        tracker.move(b.id(), new StageMove(Stage.CLOSED, ClosedReason.REJECTED, null));
        TrackerStats s = stats.stats();
        assertThat(s.byStage()).containsEntry(Stage.INTERVIEWING, 1L).containsEntry(Stage.CLOSED, 1L)
                .containsEntry(Stage.SAVED, 1L);
        assertThat(s.funnel()).extracting(TrackerStats.FunnelStep::reached).containsExactly(2L, 1L, 1L, 0L);
        assertThat(s.funnel().get(1).rateFromPrevious()).isEqualTo(0.5);
        assertThat(s.responseBySource()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("Indeed");
            assertThat(r.applied()).isEqualTo(2);
            assertThat(r.responded()).isEqualTo(2);
        });
        assertThat(s.perWeek()).hasSize(TrackerStatsService.WEEKS);
        assertThat(s.perWeek().getLast().count()).isEqualTo(2);
        assertThat(s.stale()).isZero();
        clock.advance(Duration.ofDays(TrackerLimits.STALE_AFTER_DAYS + 1));
        assertThat(stats.stats().stale()).isEqualTo(1);
        assertThat(stats.stats().staleApplications()).extracting(TrackedApplication::id).containsExactly(a.id());
    }

    @Test
    void funnelRates() {
        var steps = TrackerStatsService.funnel(Map.of(1, 6L, 2, 2L, 3, 1L, 5, 1L));
        assertThat(steps).extracting(TrackerStats.FunnelStep::reached).containsExactly(10L, 4L, 2L, 1L);
        assertThat(steps.get(0).rateFromPrevious()).isNull();
        assertThat(steps.get(1).rateFromPrevious()).isEqualTo(0.4);
    }
}
