package com.clintrack.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * The list, the board, the dashboard, the contacts grid and the list endpoints issue a constant number of SQL
 * statements, however many applications (with tags, notes, follow-ups and linked contacts) there are: no N+1.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class TrackerStatementCountTest {

    /** Both sizes fill more than a page of the list and of every board column. */
    private static final int SOME = 30;
    private static final int MANY = 90;
    private static final int PAGE = 10;
    private static final int COLUMN_PAGE = 3;

    @Autowired
    TrackerService tracker;
    @Autowired
    TrackerStatsService stats;
    @Autowired
    ContactService contacts;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private Statistics statistics;

    @BeforeEach
    void statistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /**
     * A user with {@code n} applications spread over the stages, each with tags, a note, a follow-up and a
     * contact that is also linked to the application before it.
     */
    private AccountSummary userWith(int n) {
        AccountSummary user = TestAccounts.register(accounts, "count");
        TestAccounts.signIn(users, user.email());
        Stage[] stages = Stage.values();
        Long previous = null;
        for (int i = 0; i < n; i++) {
            Stage stage = stages[i % stages.length];
            TrackedApplication a = tracker.create(new ApplicationDraft("Company " + i, "Tech " + i, null, null, null,
                    null, "https://jobs.example/" + i, "Source " + (i % 4), null, null, null, null, null, null, null,
                    null, null, stage, stage == Stage.CLOSED ? ClosedReason.REJECTED : null, null,
                    List.of("tag" + (i % 3), "nights"), LocalDate.of(2025, 5, 1 + i % 28), null, null, null));
            tracker.addNote(a.id(), "note " + i);
            tracker.addFollowUp(a.id(), "follow up " + i, LocalDate.of(2025, 1, 1));
            ContactData contact = contacts.addToApplication(a.id(), new ContactDraft("Contact " + i,
                    ContactRole.RECRUITER, "c" + i + "@example.com", null, null, null, null));
            if (previous != null) {
                contacts.link(previous, contact.id());
            }
            previous = a.id();
        }
        return user;
    }

    private long count(Runnable work) {
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }

    private List<Long> measureServices() {
        List<Long> counts = new ArrayList<>();
        // The list view: one slice and one count per grid fetch.
        counts.add(count(() -> {
            tracker.list(ApplicationFilter.NONE, PageRequest.of(0, PAGE));
            tracker.count(ApplicationFilter.NONE);
        }));
        // The board: every column with its cards, total and due follow-ups.
        counts.add(count(() -> {
            for (Stage stage : Stage.values()) {
                tracker.column(stage, ApplicationFilter.NONE, COLUMN_PAGE);
            }
        }));
        // The dashboard panel: the figures and the suggestions.
        counts.add(count(() -> {
            stats.stats();
            tracker.suggestions();
        }));
        // The contacts grid: one slice with the link counts, and one count, sorted by the count.
        counts.add(count(() -> {
            contacts.list(null, PageRequest.of(0, PAGE, Sort.by(Sort.Order.desc("applicationCount"))));
            contacts.count(null);
        }));
        return counts;
    }

    private String token(AccountSummary user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user.email() + ":" + TestAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String body = mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Basic " + basic))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asString();
    }

    private long measureEndpoint(String token, String path) throws Exception {
        mvc.perform(get(path).param("size", String.valueOf(PAGE))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(path).param("size", String.valueOf(PAGE))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    /** The list endpoints of applications and of contacts. */
    private List<Long> measureEndpoints(AccountSummary user) throws Exception {
        TestAccounts.signOut();
        String token = token(user);
        return List.of(measureEndpoint(token, "/api/v1/applications"), measureEndpoint(token, "/api/v1/contacts"));
    }

    @Test
    void statementCountsDoNotGrowWithTheNumberOfApplications() throws Exception {
        AccountSummary some = userWith(SOME);
        List<Long> small = measureServices();
        List<Long> smallEndpoints = measureEndpoints(some);

        AccountSummary many = userWith(MANY);
        List<Long> large = measureServices();
        List<Long> largeEndpoints = measureEndpoints(many);

        assertThat(large).isEqualTo(small);
        assertThat(largeEndpoints).isEqualTo(smallEndpoints);
        // And they are small: list 2, board 3 per column, dashboard 8 + 2 suggestions, contacts 2,
        // each endpoint page + count + token.
        assertThat(large.get(0)).isEqualTo(2);
        assertThat(large.get(1)).isLessThanOrEqualTo(3L * Stage.values().length);
        assertThat(large.get(2)).isLessThanOrEqualTo(10);
        assertThat(large.get(3)).isEqualTo(2);
        assertThat(largeEndpoints).allSatisfy(endpoint -> assertThat(endpoint).isLessThanOrEqualTo(5));
    }
}
