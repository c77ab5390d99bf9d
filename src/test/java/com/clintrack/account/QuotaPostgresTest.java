package com.clintrack.account;

import com.clintrack.PostgresIntegrationTest;
import com.clintrack.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The quota gate's row lock on real PostgreSQL. */
class QuotaPostgresTest extends PostgresIntegrationTest {

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
}
