package com.clintrack.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clintrack.IntegrationTest;
import com.clintrack.TestAccounts;
import com.clintrack.account.billing.CheckoutStart;
import com.clintrack.base.InvalidInputException;
import com.clintrack.security.ApiTokenService;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deleting an account leaves no row that refers to the user in any table. The tables to check come from
 * the schema itself: every foreign key to app_user, and every column named owner_id, user_id or
 * actor_id, so a table added later is checked without editing this test.
 */
@IntegrationTest
class AccountDeletionTest {

    private static final Set<String> USER_COLUMNS = Set.of("owner_id", "user_id", "actor_id");

    @Autowired
    AccountService accounts;
    @Autowired
    AccountDataService data;
    @Autowired
    PlanService plans;
    @Autowired
    QuotaService quotas;
    @Autowired
    EmailChangeService emailChanges;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    PasswordResetService resets;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** (table, column) pairs that refer to a user, read from the database's metadata. */
    Set<String[]> userReferences() throws Exception {
        Set<String[]> result = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String appUser = meta.storesUpperCaseIdentifiers() ? "APP_USER" : "app_user";
            try (ResultSet keys = meta.getExportedKeys(connection.getCatalog(), connection.getSchema(), appUser)) {
                while (keys.next()) {
                    String table = keys.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT);
                    String column = keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (seen.add(table + "." + column)) {
                        result.add(new String[] {table, column});
                    }
                }
            }
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (columns.next()) {
                    String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (USER_COLUMNS.contains(column) && !table.equals("flyway_schema_history")
                            && seen.add(table + "." + column)) {
                        result.add(new String[] {table, column});
                    }
                }
            }
        }
        return result;
    }

    @Test
    void the_schema_scan_finds_the_user_tables() throws Exception {
        assertThat(userReferences()).extracting(ref -> ref[0] + "." + ref[1])
                .contains("app_user_role.user_id", "api_token.owner_id", "password_reset_token.user_id",
                        "user_usage.owner_id", "usage_counter.owner_id", "subscription.owner_id",
                        "subscription_history.owner_id", "email_change_token.owner_id", "audit_event.actor_id");
    }

    @Test
    void deleting_my_account_leaves_zero_rows_that_refer_to_me() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "gdpr");
        AccountSummary bystander = TestAccounts.register(accounts, "bystander");
        resets.requestReset(user.email(), "127.0.0.1");
        TestAccounts.signIn(userDetails, user.email());
        tokens.create("script", 7, "127.0.0.1");
        transactions.executeWithoutResult(status -> quotas.acquire(QuotaFeature.MOCK_INTERVIEWS));
        CheckoutStart checkout = plans.startUpgrade();
        plans.completeSandboxCheckout(checkout.sessionId(), "4242 4242 4242 4242");
        emailChanges.requestChange("gdpr-new-" + user.id() + "@example.com", TestAccounts.PASSWORD);
        jdbc.update("insert into persistent_logins (username, series, token, last_used) values (?, ?, ?, current_timestamp)",
                user.email(), "series-" + user.id(), "token");
        Set<String[]> references = userReferences();
        long before = references.stream().mapToLong(ref -> count(ref, user.id())).sum();
        assertThat(before).as("the user has data in many tables").isGreaterThan(8);

        assertThatThrownBy(() -> data.deleteMine("not my password")).isInstanceOf(InvalidInputException.class);
        data.deleteMine(TestAccounts.PASSWORD);

        for (String[] ref : references) {
            assertThat(count(ref, user.id())).as(ref[0] + "." + ref[1]).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user where id = ?", Integer.class, user.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
                user.email())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app_user where id = ?", Integer.class, bystander.id()))
                .isEqualTo(1);
        assertThat(count(new String[] {"user_usage", "owner_id"}, bystander.id())).isEqualTo(1);
    }

    private long count(String[] ref, long userId) {
        return jdbc.queryForObject("select count(*) from " + ref[0] + " where " + ref[1] + " = ?", Long.class, userId);
    }
}
