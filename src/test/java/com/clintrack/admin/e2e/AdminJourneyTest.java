package com.clintrack.admin.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.e2e.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * In Chromium, the admin console as an admin uses it: find a user → lock the account (confirmed) → the
 * user can no longer sign in → the audit log shows the lock → delete the account by typing its email.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdminJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${clintrack.admin.email}")
    String adminEmail;
    @Value("${clintrack.admin.password}")
    String adminPassword;

    @Test
    void an_admin_finds_locks_and_deletes_an_account() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "console-journey");
        try (Browser browser = Browser.open(port)) {
            signIn(browser, adminEmail, adminPassword);
            browser.waitUntilPath("/");

            browser.go("/admin/users");
            browser.waitForText(By.id("users"), adminEmail);
            browser.type("user-search", user.email());
            // The search filters on the server: the admin's own row goes, the searched user stays.
            browser.until(d -> !d.findElement(By.id("users")).getText().contains(adminEmail));
            assertThat(browser.text(By.id("users"))).contains(user.email());
            browser.screenshots("admin-01-users");
            browser.until(d -> {
                d.findElement(By.xpath("//vaadin-grid-cell-content[contains(., '" + user.email() + "')]")).click();
                return true;
            });
            browser.waitUntilPath("/admin/users/" + user.id());
            browser.waitForText(By.id("profile"), user.email());
            assertThat(browser.text(By.id("user-usage"))).contains("Applications")
                    .doesNotContain("coverLetters");
            browser.screenshots("admin-02-user-detail");

            browser.click("toggle-lock");
            browser.waitFor(By.cssSelector("#confirm-action [slot='confirm-button']")).click();
            browser.waitForText(By.id("toggle-lock"), "Unlock");
            assertThat(jdbc.queryForObject("select locked_by_admin from app_user where id = ?", Boolean.class,
                    user.id())).isTrue();
            try (Browser locked = Browser.open(port)) {
                signIn(locked, user.email(), TestAccounts.PASSWORD);
                locked.waitForText("Sign-in failed");
                assertThat(locked.path()).startsWith("/login");
            }

            browser.go("/admin/audit");
            browser.waitForText(By.id("audit"), user.email());
            browser.screenshots("admin-03-audit");
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_LOCK' and target = ?"
                    + " and actor = ?", Integer.class, user.email(), adminEmail)).isEqualTo(1);

            browser.go("/admin/users/" + user.id());
            browser.click("delete-user");
            browser.type("delete-email", "not-" + user.email());
            browser.click("delete-user-confirm");
            browser.waitForText(By.id("delete-user-dialog"), "Type the account’s email exactly");
            browser.screenshots("admin-04-delete-mismatch");
            browser.type("delete-email", user.email());
            browser.click("delete-user-confirm");
            browser.waitUntilPath("/admin/users");
            assertThat(jdbc.queryForObject("select count(*) from app_user where id = ?", Integer.class, user.id()))
                    .isZero();
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    private static void signIn(Browser browser, String email, String password) {
        browser.go("/login");
        browser.type("email", email);
        browser.type("password", password);
        browser.click("sign-in");
    }
}
