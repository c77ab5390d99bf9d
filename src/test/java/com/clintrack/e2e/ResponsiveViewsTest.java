package com.clintrack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every foundation view in Chromium at desktop and phone width: it renders its title, breaks no CSP
 * rule, and nothing spills sideways at 360 px. Screenshots go to target/screenshots/views-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResponsiveViewsTest {

    private static final List<String> ANONYMOUS = List.of("/login", "/register", "/forgot-password",
            "/reset-password");
    private static final List<String> SIGNED_IN = List.of("/", "/account", "/account/password",
            "/account/tokens", "/account/plan", "/admin", "/admin/users", "/admin/audit", "/admin/plans",
            "/admin/career-guide", "/applications", "/applications/board", "/applications/new",
            "/applications/import", "/contacts", "/documents", "/interviews", "/jobs", "/career-guide",
            "/career-guide/clinical-technician/interview-questions");

    @LocalServerPort
    int port;

    /** The elements that reach past the right edge, for the failure message. */
    private static Object widestElements(Browser browser) {
        return ((JavascriptExecutor) browser.driver()).executeScript("""
                const clipped = e => {
                    for (let p = e.parentElement; p && p.tagName !== 'VAADIN-APP-LAYOUT'; p = p.parentElement) {
                        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
                    }
                    return false;
                };
                return Array.from(document.querySelectorAll('vaadin-app-layout *'))
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                        && !e.closest('vaadin-grid') && !clipped(e))
                    .slice(0, 6)
                    .map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                """);
    }

    private static void check(Browser browser, String path) {
        browser.go(path);
        browser.waitFor(By.cssSelector("h1"));
        String name = path.equals("/") ? "dashboard" : path.substring(1).replace('/', '-');
        assertThat(browser.driver().getTitle()).as(path).endsWith("ClinTrack");
        browser.screenshot("views-" + name + "-desktop");
        browser.driver().manage().window().setSize(Browser.PHONE);
        browser.waitFor(By.cssSelector("h1"));
        assertThat(browser.horizontalOverflow()).as(() -> "sideways overflow at 360 px on " + path + ": "
                + widestElements(browser)).isLessThanOrEqualTo(0);
        browser.screenshot("views-" + name + "-phone");
        browser.driver().manage().window().setSize(Browser.DESKTOP);
        assertThat(browser.cspViolations()).as(path).isEmpty();
    }

    @Test
    void every_view_fits_a_phone_and_a_desktop() throws Exception {
        try (Browser browser = Browser.open(port)) {
            for (String path : ANONYMOUS) {
                check(browser, path);
            }
            browser.go("/login");
            browser.type("email", "admin@clintrack.test");
            browser.type("password", "correct horse battery staple admin");
            browser.click("sign-in");
            browser.waitForText("Hello, Administrator");
            for (String path : SIGNED_IN) {
                check(browser, path);
            }
        }
    }
}
