package com.clintrack.account;

import com.clintrack.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Admin actions take turns on PostgreSQL; see {@link AdminRaceScenario}. */

class AdminRacePostgresTest extends PostgresIntegrationTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountAdminService admin;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void two_admins_demoting_each_other_at_once_leave_one_admin() throws Exception {
        new AdminRaceScenario(accounts, admin, transactions, jdbc, userDetails).twoAdminsDemotingEachOtherLeaveOneAdmin();
    }
}
