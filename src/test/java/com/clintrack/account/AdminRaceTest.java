package com.clintrack.account;

import com.clintrack.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Admin actions take turns on H2; see {@link AdminRaceScenario}. */
@IntegrationTest
class AdminRaceTest {

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
