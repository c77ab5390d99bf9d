package com.clintrack.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.e2e.Browser;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * In Chromium: quick add from bookmarklet-style parameters → drag the card to INTERVIEWING on the board
 * → move it to OFFER through the card's menu at phone width → the application's timeline shows both
 * moves. Screenshots at desktop and phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TrackerJourneyTest {

    /** Fires the HTML5 drag-and-drop events that a mouse drag fires, which Flow's DnD connector handles. */
    private static final String DRAG_AND_DROP = """
            const source = document.getElementById(arguments[0]), target = document.getElementById(arguments[1]);
            const data = new DataTransfer();
            const fire = (element, type) => element.dispatchEvent(
                new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
            fire(source, 'dragstart');
            fire(target, 'dragenter');
            fire(target, 'dragover');
            fire(target, 'drop');
            fire(source, 'dragend');
            """;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void addAnApplicationDragItToInterviewingAndSeeTheMoveInTheTimeline() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "tracker-journey");
        try (Browser browser = Browser.open(port)) {
            // The bookmarklet opens quick add from a job posting; signing in first keeps the parameters.
            String bookmarklet = "/applications/new?company=" + encode("Mercy Hospital") + "&title="
                    + encode("EKG Technician") + "&url=" + encode("https://careers.mercy.example/jobs/42");
            browser.go(bookmarklet);
            browser.waitUntilPath("/login");
            browser.type("email", user.email());
            browser.type("password", TestAccounts.PASSWORD);
            browser.click("sign-in");
            browser.waitFor(By.id("quick-save"));
            assertThat(browser.waitFor(By.cssSelector("#quick-company input")).getAttribute("value"))
                    .isEqualTo("Mercy Hospital");
            assertThat(browser.waitFor(By.cssSelector("#quick-url input")).getAttribute("value"))
                    .isEqualTo("https://careers.mercy.example/jobs/42");
            browser.screenshots("tracker-02-quick-add");
            browser.click("quick-save");
            browser.waitFor(By.id("timeline"));
            browser.waitForText("Added as Saved");
            String detailPath = browser.path();
            assertThat(detailPath).matches("/applications/\\d+");
            browser.screenshots("tracker-03-detail");

            browser.go("/applications/board");
            String cardId = "card-" + detailPath.substring("/applications/".length());
            browser.waitFor(By.id(cardId));
            browser.waitFor(By.id("column-INTERVIEWING"));
            browser.screenshots("tracker-04-board-before");
            ((JavascriptExecutor) browser.driver()).executeScript(DRAG_AND_DROP, cardId, "column-INTERVIEWING");
            browser.waitForText(By.id("column-INTERVIEWING"), "Mercy Hospital");
            browser.screenshots("tracker-05-board-after");
            // A phone cannot drag: the card's move menu does the same.
            browser.driver().manage().window().setSize(Browser.PHONE);
            browser.click("move-" + detailPath.substring("/applications/".length()));
            browser.waitFor(By.id("move-to-OFFER"));
            browser.screenshot("tracker-05b-move-menu-phone");
            browser.click("move-to-OFFER");
            browser.waitForText(By.id("column-OFFER"), "Mercy Hospital");
            browser.driver().manage().window().setSize(Browser.DESKTOP);

            browser.go(detailPath);
            browser.waitForText(By.id("timeline"), "Interviewing → Offer");
            assertThat(browser.waitFor(By.id("timeline")).getText()).contains("Saved → Interviewing");
            assertThat(browser.waitFor(By.id("timeline")).getText()).contains("Added as Saved");
            browser.screenshots("tracker-06-timeline");

            browser.go("/applications");
            browser.waitFor(By.id("applications-grid"));
            browser.screenshots("tracker-07-list");
            // Import a CSV from another tracker: preview, then the import runs behind a progress bar.
            Path csv = Files.createTempFile("huntr-export", ".csv");
            Files.writeString(csv, "Company Name,Position,Status,Date Applied\n"
                    + "Quest Diagnostics,Phlebotomist,Phone Screen,3/14/2025\n"
                    + "Dialysis Center,Patient Care Tech,Wishlist,\n");
            browser.go("/applications/import");
            WebElement upload = browser.waitFor(By.id("csv-upload"));
            upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
            browser.waitFor(By.id("import-mapping"));
            browser.waitForText("2 rows found");
            WebElement run = browser.waitFor(By.id("import-run"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", run);
            browser.screenshots("tracker-08-import-preview");
            browser.click("import-run");
            browser.waitUntilPath("/applications");
            browser.waitForText(By.id("applications-grid"), "Quest Diagnostics");
            browser.screenshots("tracker-09-after-import");
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
