package com.clintrack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** register → sign in → dashboard → sign out → a protected URL goes back to sign-in, in Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignUpJourneyTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_new_user_registers_signs_in_and_out() throws Exception {
        String email = TestAccounts.uniqueEmail("journey");
        try (Browser browser = Browser.open(port)) {
            browser.go("/register");
            browser.type("email", email);
            browser.type("display-name", "Jo Journey");
            browser.type("password", TestAccounts.PASSWORD);
            browser.screenshots("01-register");
            browser.click("register");

            browser.waitUntilPath("/login");
            browser.waitForText("Your account is ready");
            String anonymousSession = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            browser.type("email", email);
            browser.type("password", TestAccounts.PASSWORD);
            browser.screenshots("02-sign-in");
            browser.click("sign-in");

            browser.waitForText("Hello, Jo Journey");
            assertThat(browser.path()).isEqualTo("/");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session.getValue()).as("the session id changes at sign-in").isNotEqualTo(anonymousSession);
            assertThat(browser.driver().getTitle()).isEqualTo("Dashboard · ClinTrack");
            browser.screenshots("03-dashboard");
            assertThat(browser.cspViolations()).as("the app runs under its Content-Security-Policy").isEmpty();

            browser.waitFor(By.cssSelector("#user-menu vaadin-menu-bar-button")).click();
            browser.waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Sign out')]")).click();
            browser.waitUntilPath("/login");

            browser.go("/account");
            browser.waitUntilPath("/login");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welcome back");
            browser.screenshot("04-protected-url-after-sign-out");
        }
        assertThat(jdbc.queryForList("select action from audit_event where actor = ? order by id", String.class, email))
                .containsSubsequence("REGISTER", "SIGN_IN", "SIGN_OUT");
        {
        }
    }
}
