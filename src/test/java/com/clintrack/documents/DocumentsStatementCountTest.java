package com.clintrack.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clintrack.ApiClient;
import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Listing resumes and letters costs the same few statements for 3 documents as for 30 (no N+1). */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class DocumentsStatementCountTest {

    private static final int FEW = 3;
    private static final int MANY = 30;
    private static final int PAGE = 50;

    @Autowired
    ResumeService resumes;
    @Autowired
    CoverLetterService letters;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private AccountSummary plusUserWith(int n) {
        AccountSummary user = TestAccounts.register(accounts, "doc-count");
        jdbc.update("update app_user set plan = 'PLUS' where id = ?", user.id());
        TestAccounts.signIn(users, user.email());
        for (int i = 0; i < n; i++) {
            ResumeDetail resume = resumes.create("Resume " + i, "Name " + i + "\n\nSKILLS\nPhlebotomy, EKG");
            resumes.update(resume.id(), "Resume " + i + " v2", ResumeTemplate.MODERN, resume.content(), null);
            letters.startFromExample(i % 2 == 0 ? "junior-clinic" : "experienced-hospital");
        }
        return user;
    }

    private long statements(Runnable work) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }

    private long listing() {
        return statements(() -> {
            resumes.list(PageRequest.of(0, PAGE));
            letters.list(PageRequest.of(0, PAGE));
        });
    }

    @Test
    void lists_do_not_grow_with_the_number_of_documents() throws Exception {
        plusUserWith(FEW);
        long few = listing();
        AccountSummary many = plusUserWith(MANY);
        long lots = listing();
        assertThat(lots).isEqualTo(few).isLessThanOrEqualTo(4);

        TestAccounts.signOut();
        String token = ApiClient.token(mvc, many.email(), TestAccounts.PASSWORD);
        long api = statements(() -> {
            try {
                mvc.perform(get("/api/v1/resumes").header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token)))
                        .andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // token lookup and its last-used update, then the page (and its count)
        assertThat(api).isLessThanOrEqualTo(6);
    }
}
