package com.clintrack.account;

import com.clintrack.PostgresIntegrationTest;
import com.clintrack.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The account feature's row locks on real PostgreSQL: the quota gate, and admins acting on each other. */
class AccountLocksPostgresTest extends PostgresIntegrationTest {

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
    @Autowired
    AccountAdminService admin;

    QuotaScenarios scenarios;

    @BeforeEach
    void setUp() {
        scenarios = new QuotaScenarios(quotas, transactions, jdbc, userDetails);
    }

    @Test
    void fifty_parallel_creates_on_free_give_exactly_one() throws Exception {
        scenarios.fiftyParallelCreatesOnFreeGiveExactlyOne(TestAccounts.register(accounts, "pgquota"));
    }

    @Test
    void fifty_parallel_lifetime_starts_on_free_give_exactly_one() throws Exception {
        scenarios.fiftyParallelLifetimeStartsOnFreeGiveExactlyOne(TestAccounts.register(accounts, "pgquota"));
    }

    @Test
    void two_admins_demoting_each_other_at_once_leave_one_admin() throws Exception {
        new AdminRaceScenario(accounts, admin, transactions, jdbc, userDetails).twoAdminsDemotingEachOtherLeaveOneAdmin();
    }
}
