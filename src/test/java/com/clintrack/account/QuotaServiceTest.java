package com.clintrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The quota gate on H2: atomic under concurrency, each kind of quota, and downgrades that keep data. */
@IntegrationTest
class QuotaServiceTest {

    @Autowired
    QuotaService quotas;
    @Autowired
    AccountService accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    QuotaScenarios scenarios;
    AccountSummary user;

    @BeforeEach
    void setUp() {
        scenarios = new QuotaScenarios(quotas, transactions, jdbc, userDetails);
        user = TestAccounts.register(accounts, "quota");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void setPlan(Plan plan) {
        jdbc.update("update app_user set plan = ? where id = ?", plan.name(), user.id());
    }

    private Map<QuotaFeature, QuotaUsage> usage() {
        TestAccounts.signIn(userDetails, user.email());
        return quotas.myUsage().stream().collect(Collectors.toMap(QuotaUsage::feature, Function.identity()));
    }

    @Test
    void fifty_parallel_creates_on_free_give_exactly_one() throws Exception {
        scenarios.fiftyParallelCreatesOnFreeGiveExactlyOne(user);
    }

    @Test
    void fifty_parallel_lifetime_starts_on_free_give_exactly_one() throws Exception {
        scenarios.fiftyParallelLifetimeStartsOnFreeGiveExactlyOne(user);
    }

    @Test
    void a_refusal_carries_the_feature_limit_and_use() {
        scenarios.createResume(user.email(), user.id());
        assertThatThrownBy(() -> scenarios.createResume(user.email(), user.id()))
                .isInstanceOfSatisfying(QuotaExceededException.class, e -> {
                    assertThat(e.feature()).isEqualTo(QuotaFeature.RESUMES);
                    assertThat(e.limit()).isEqualTo(1);
                    assertThat(e.used()).isEqualTo(1);
                });
        assertThat(scenarios.probes(user.id())).isEqualTo(1);
    }

    @Test
    void deleting_an_active_item_frees_its_slot() {
        scenarios.createResume(user.email(), user.id());
        jdbc.update("delete from " + QuotaScenarios.PROBE_TABLE + " where creator = ?", user.id());
        scenarios.createResume(user.email(), user.id());
        assertThat(scenarios.probes(user.id())).isEqualTo(1);
    }

    @Test
    void downgrade_keeps_data_and_blocks_only_new_items() {
        setPlan(Plan.PLUS);
        for (int i = 0; i < 3; i++) {
            scenarios.createResume(user.email(), user.id());
            scenarios.startMockInterview(user.email());
        }
        setPlan(Plan.FREE);
        assertThatThrownBy(() -> scenarios.createResume(user.email(), user.id()))
                .isInstanceOfSatisfying(QuotaExceededException.class, e -> assertThat(e.used()).isEqualTo(3));
        assertThatThrownBy(() -> scenarios.startMockInterview(user.email()))
                .isInstanceOf(QuotaExceededException.class);
        assertThat(scenarios.probes(user.id())).isEqualTo(3);
        assertThat(usage().get(QuotaFeature.MOCK_INTERVIEWS).used()).isEqualTo(3);
        assertThat(usage().get(QuotaFeature.MOCK_INTERVIEWS).canCreate()).isFalse();
    }

    @Test
    void headshots_are_none_on_free_and_counted_per_month_on_plus() {
        assertThatThrownBy(() -> inTransaction(() -> quotas.acquire(QuotaFeature.HEADSHOTS)))
                .isInstanceOfSatisfying(QuotaExceededException.class, e -> assertThat(e.limit()).isZero());
        setPlan(Plan.PLUS);
        inTransaction(() -> quotas.acquire(QuotaFeature.HEADSHOTS));
        inTransaction(() -> quotas.acquire(QuotaFeature.HEADSHOTS));
        QuotaUsage headshots = usage().get(QuotaFeature.HEADSHOTS);
        assertThat(headshots.used()).isEqualTo(2);
        assertThat(headshots.limit()).isEqualTo(100);
        assertThat(jdbc.queryForObject("select period from usage_counter where owner_id = ? and feature = 'HEADSHOTS'",
                String.class, user.id())).matches("\\d{4}-\\d{2}");
    }

    @Test
    void a_failed_create_does_not_use_up_a_lifetime_slot() {
        TestAccounts.signIn(userDetails, user.email());
        try {
            transactions.executeWithoutResult(status -> {
                quotas.acquire(QuotaFeature.COACHING_SESSIONS);
                throw new IllegalStateException("the create failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        inTransaction(() -> quotas.acquire(QuotaFeature.COACHING_SESSIONS));
        assertThat(usage().get(QuotaFeature.COACHING_SESSIONS).used()).isEqualTo(1);
    }

    @Test
    void alert_frequency_is_a_setting_of_the_plan() {
        TestAccounts.signIn(userDetails, user.email());
        assertThat(quotas.alertFrequency()).isEqualTo(AlertFrequency.WEEKLY);
        setPlan(Plan.PLUS);
        assertThat(quotas.alertFrequency()).isEqualTo(AlertFrequency.DAILY);
        assertThat(usage().get(QuotaFeature.JOB_ALERTS).setting()).isEqualTo("DAILY");
    }

    @Test
    void plus_is_unlimited_for_resumes() {
        setPlan(Plan.PLUS);
        for (int i = 0; i < 5; i++) {
            scenarios.createResume(user.email(), user.id());
        }
        assertThat(scenarios.probes(user.id())).isEqualTo(5);
        assertThat(usage().get(QuotaFeature.RESUMES).unlimited()).isTrue();
    }

    @Test
    void acquire_outside_a_transaction_is_a_programming_error() {
        TestAccounts.signIn(userDetails, user.email());
        assertThatThrownBy(() -> quotas.acquire(QuotaFeature.MOCK_INTERVIEWS))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void a_user_without_a_usage_row_gets_one() {
        jdbc.update("delete from user_usage where owner_id = ?", user.id());
        scenarios.createResume(user.email(), user.id());
        assertThat(jdbc.queryForObject("select count(*) from user_usage where owner_id = ?", Integer.class, user.id()))
                .isEqualTo(1);
    }

    private void inTransaction(Runnable action) {
        TestAccounts.signIn(userDetails, user.email());
        transactions.executeWithoutResult(status -> action.run());
    }
}
