package com.clintrack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** "Keep me signed in" is opt-in: with it a new browser session stays signed in, without it not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RememberMeJourneyTest {

    private static final String ADMIN = "admin@clintrack.test";
    private static final String PASSWORD = "correct horse battery staple admin";

    @LocalServerPort
    int port;

    private static void signIn(Browser browser, boolean remember) {
        browser.go("/login");
        browser.type("email", ADMIN);
        browser.type("password", PASSWORD);
        if (remember) {
            browser.click("remember-me");
        }
        browser.click("sign-in");
        browser.waitFor(By.id("user-menu"));
    }

    /** Drops the session cookie, as closing the browser would. */
    private static void loseSession(Browser browser) {
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
    }

    @Test
    void remember_me_survives_the_end_of_the_session_only_when_ticked() throws Exception {
        try (Browser browser = Browser.open(port)) {
            signIn(browser, false);
            assertThat(browser.driver().manage().getCookieNamed("remember-me")).isNull();
            loseSession(browser);
            browser.go("/account");
            browser.waitUntilPath("/login");

            signIn(browser, true);
            assertThat(browser.driver().manage().getCookieNamed("remember-me")).isNotNull();
            loseSession(browser);
            browser.go("/account");
            browser.waitForText("Member since");
            assertThat(browser.path()).isEqualTo("/account");
        }
    }
}
