package com.clintrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.TestAccounts;
import com.clintrack.security.AppRoles;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two admins demote each other at the same moment, shared by {@link AdminRaceTest} (H2) and
 * {@link AccountLocksPostgresTest}. The first demotion is held open before its commit; the second must
 * wait for it and then be refused, because its admin is no longer one. Without the lock both commit and
 * nobody is left to administer ClinTrack.
 */
final class AdminRaceScenario {

    private final AccountService accounts;
    private final AccountAdminService admin;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final UserDetailsService userDetails;

    AdminRaceScenario(AccountService accounts, AccountAdminService admin, TransactionTemplate transactions,
            JdbcTemplate jdbc, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.admin = admin;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.userDetails = userDetails;
    }

    void twoAdminsDemotingEachOtherLeaveOneAdmin() throws Exception {
        AccountSummary first = TestAccounts.register(accounts, "race-admin-a");
        AccountSummary second = TestAccounts.register(accounts, "race-admin-b");
        for (AccountSummary user : new AccountSummary[] {first, second}) {
            jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", user.id(), AppRoles.ADMIN);
        }
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstDemotes = pool.submit(() -> as(first.email(), () ->
                    transactions.executeWithoutResult(status -> {
                        admin.setAdmin(second.id(), false);
                        firstInside.countDown();
                        await(commitFirst);
                    })));
            assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> secondDemotes = pool.submit(() -> as(second.email(), () -> admin.setAdmin(first.id(), false)));
            Thread.sleep(300);
            assertThat(secondDemotes.isDone()).as("the second demotion waits for the first to commit").isFalse();
            commitFirst.countDown();
            firstDemotes.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> secondDemotes.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(AccessDeniedException.class);
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
        assertThat(roles(first.id())).contains(AppRoles.ADMIN);
        assertThat(roles(second.id())).doesNotContain(AppRoles.ADMIN);
    }

    private java.util.List<String> roles(long userId) {
        return jdbc.queryForList("select role from app_user_role where user_id = ?", String.class, userId);
    }

    private void as(String email, Runnable action) {
        TestAccounts.signIn(userDetails, email);
        try {
            action.run();
        } finally {
            TestAccounts.signOut();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
