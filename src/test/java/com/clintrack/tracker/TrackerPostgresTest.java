package com.clintrack.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.PostgresIntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.base.InvalidInputException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The tracker's queries (filters, LIKE escapes, GROUP BYs, the contacts list's counting subquery and search,
 * native trash SQL, import) on real PostgreSQL.
 */
class TrackerPostgresTest extends PostgresIntegrationTest {

    @Autowired
    TrackerService tracker;
    @Autowired
    TrackerStatsService stats;
    @Autowired
    TrackerTransferService transfer;
    @Autowired
    ContactService contacts;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signIn() {
        TestAccounts.signIn(users, TestAccounts.register(accounts, "pg-tracker").email());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void queriesWorkOnPostgresql() {
        TrackedApplication icu = tracker.create(new ApplicationDraft("Mercy", "ICU Tech", null, "Austin", "TX",
                "78701", "https://mercy.example/1", "Referral", EmploymentType.PER_DIEM, Shift.NIGHTS,
                CareSetting.HOSPITAL, null, null, null, null, null, null, Stage.APPLIED, null, 5,
                List.of("ICU", "50%_off"), LocalDate.of(2025, 5, 5), null, null, null));
        tracker.create(ApplicationDraft.quick("Quest", "Phlebotomist", null, null, Stage.SAVED));
        assertThat(tracker.count(new ApplicationFilter(null, "50%_off", null, null, null, null))).isEqualTo(1);
        assertThat(tracker.count(new ApplicationFilter(null, "50x_off", null, null, null, null))).isZero();
        assertThat(tracker.count(new ApplicationFilter(Stage.APPLIED, "icu", "referral", CareSetting.HOSPITAL,
                Shift.NIGHTS, "austin"))).isEqualTo(1);
        assertThat(tracker.page(ApplicationFilter.NONE, PageRequest.of(0, 1, Sort.by("company"))).getTotalPages())
                .isEqualTo(2);
        assertThat(tracker.lookalikes("https://mercy.example/1", "x", "y")).hasSize(1);
        tracker.addNote(icu.id(), "note");
        tracker.addFollowUp(icu.id(), "call", LocalDate.of(2020, 1, 1));
        contacts.addToApplication(icu.id(), new ContactDraft("Dana", ContactRole.RECRUITER, null, null, null, null,
                null));
        assertThat(contacts.ofApplication(icu.id())).hasSize(1);
        contacts.create(new ContactDraft("Eli 50%_off", null, "eli@example.com", null, null, null, null));
        assertThat(contacts.list(null, PageRequest.of(0, 10, Sort.by(Sort.Order.desc("applicationCount")))))
                .extracting(ContactSummary::name, ContactSummary::applicationCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dana", 1L),
                        org.assertj.core.groups.Tuple.tuple("Eli 50%_off", 0L));
        assertThat(contacts.count("DANA")).isEqualTo(1);
        assertThat(contacts.count("50%_")).isEqualTo(1);
        assertThat(contacts.count("50x")).isZero();
        assertThat(contacts.page("example.com", PageRequest.of(0, 1)).getTotalElements()).isEqualTo(1);
        assertThat(contacts.applicationsOf(contacts.list("dana", PageRequest.of(0, 1)).getFirst().id()))
                .extracting(LinkedApplication::id).containsExactly(icu.id());
        tracker.move(icu.id(), StageMove.to(Stage.INTERVIEWING));

        TrackerStats figures = stats.stats();
        assertThat(figures.byStage()).containsEntry(Stage.INTERVIEWING, 1L);
        assertThat(figures.funnel().get(2).reached()).isEqualTo(1);
        assertThat(figures.responseBySource()).extracting(TrackerStats.SourceResponse::source).contains("Referral");
        assertThat(figures.followUpsDue()).isEqualTo(1);
        assertThat(tracker.suggestions()).isEmpty();
        assertThat(tracker.column(Stage.INTERVIEWING, ApplicationFilter.NONE, 10).followUpDue()).contains(icu.id());

        assertThat(tracker.trash(List.of(icu.id()))).isEqualTo(1);
        assertThat(tracker.count(ApplicationFilter.NONE)).isEqualTo(1);
        assertThat(tracker.restore(List.of(icu.id()))).isEqualTo(1);
        assertThat(tracker.get(icu.id()).tags()).containsExactly("icu", "50%_off");

        StringWriter csv = new StringWriter();
        transfer.exportCsv(csv);
        assertThat(transfer.importCsv(csv.toString(), Map.of())).isEqualTo(2);
        assertThat(tracker.count(ApplicationFilter.NONE)).isEqualTo(4);
        assertThatThrownBy(() -> transfer.importCsv("Company,Title\nA,\n", Map.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(transfer.exportAll().history()).isNotEmpty();
    }
}
