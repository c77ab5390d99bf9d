package com.clintrack.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.e2e.Browser;
import com.clintrack.tracker.ContactDraft;
import com.clintrack.tracker.ContactRole;
import com.clintrack.tracker.ContactService;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * In Chromium: quick add from bookmarklet-style parameters → drag the card to INTERVIEWING on the board
 * → move it to OFFER through the card's menu at phone width → the application's timeline shows both
 * moves → a note and a follow-up added there are edited in their dialogs → a contact added there shows on
 * the Contacts page and links back. Screenshots at desktop and phone width.
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
    @Autowired
    ContactService contacts;
    @Autowired
    UserDetailsService users;

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
            assertThat(browser.text(By.id("timeline"))).contains("Saved → Interviewing");
            assertThat(browser.text(By.id("timeline"))).contains("Added as Saved");
            browser.screenshots("tracker-06-timeline");

            // Notes and follow-ups are edited in place: the pencil opens a dialog with the current values.
            browser.type("follow-up-title", "Email the recruiter");
            browser.click("follow-up-add");
            browser.waitForText(By.id("follow-ups"), "Email the recruiter");
            browser.waitFor(By.cssSelector("#note-text textarea")).sendKeys("Called HR about the EKG shift.");
            browser.click("note-add");
            browser.waitForText(By.id("notes"), "Called HR about the EKG shift.");
            clickCentered(browser, By.cssSelector("#notes vaadin-button[aria-label='Edit note']"));
            browser.waitFor(By.cssSelector("#note-edit-text textarea"))
                    .sendKeys(" Interview on Friday at 9, bring the BLS card.");
            browser.screenshots("tracker-06b-note-editor");
            browser.click("note-edit-save");
            browser.waitForText(By.id("notes"), "Interview on Friday at 9, bring the BLS card.");
            clickCentered(browser, By.cssSelector("#follow-ups vaadin-button[aria-label='Edit follow-up']"));
            browser.type("follow-up-edit-title", "Call the lab manager about the interview");
            browser.screenshots("tracker-06c-follow-up-editor");
            browser.click("follow-up-edit-save");
            browser.waitForText(By.id("follow-ups"), "Call the lab manager about the interview");
            screenshotsOf(browser, By.id("follow-ups"), "tracker-06d-edited-items");

            // A contact added on the application shows on the Contacts page, with a link back to it.
            clickCentered(browser, By.id("contact-add"));
            browser.type("contact-name", "Dana Lee");
            browser.type("contact-email", "dana.lee@careers.mercy.example");
            browser.type("contact-phone", "(512) 555-0101");
            browser.click("contact-save");
            browser.waitForText(By.id("contacts"), "Dana Lee");
            addContacts(user);
            browser.go("/contacts");
            browser.waitForText(By.id("contacts-grid"), "Dana Lee");
            contactsScreenshots(browser, "tracker-10-contacts");
            browser.waitFor(By.cssSelector("[id^='contact-applications-']")).click();
            WebElement link = browser.waitFor(By.cssSelector("[id^='contact-links-'] a"));
            assertThat(link.getText()).isEqualTo("Mercy Hospital — EKG Technician");
            contactsScreenshots(browser, "tracker-11-contact-applications");
            link = browser.waitFor(By.cssSelector("[id^='contact-links-'] a"));
            link.click();
            browser.waitUntilPath(detailPath);

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
            scrollToCenter(browser, By.id("import-run"));
            browser.screenshots("tracker-08-import-preview");
            browser.click("import-run");
            browser.waitUntilPath("/applications");
            browser.waitForText(By.id("applications-grid"), "Quest Diagnostics");
            browser.screenshots("tracker-09-after-import");
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    /** More contacts, straight through the service, so the Contacts page shows a few kinds of rows. */
    private void addContacts(AccountSummary user) {
        TestAccounts.signIn(users, user.email());
        try {
            contacts.create(new ContactDraft("Marcus Webb-Okonkwo", ContactRole.HIRING_MANAGER,
                    "marcus.webb-okonkwo@phlebotomy-services.example", "+1 512 555 0199", null, null, null));
            contacts.create(new ContactDraft("Priya Natarajan", ContactRole.REFERENCE, null, "512-555-0142", null,
                    null, null));
        } finally {
            TestAccounts.signOut();
        }
    }

    /**
     * Screenshots of the Contacts page at desktop and phone width. On a phone the contact's fields share one
     * column (the server switches the columns when the window size changes), and nothing spills sideways.
     */
    private static void contactsScreenshots(Browser browser, String name) {
        By compact = By.cssSelector("#contacts-grid .tracker-contact");
        browser.screenshot(name + "-desktop");
        browser.driver().manage().window().setSize(Browser.PHONE);
        browser.waitFor(compact);
        assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
        browser.screenshot(name + "-phone");
        browser.driver().manage().window().setSize(Browser.DESKTOP);
        browser.until(d -> d.findElements(compact).isEmpty());
    }

    private static void clickCentered(Browser browser, By locator) {
        scrollToCenter(browser, locator).click();
    }

    private static WebElement scrollToCenter(Browser browser, By locator) {
        WebElement element = browser.waitFor(locator);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                element);
        return element;
    }

    /**
     * Screenshots of one part of a page at desktop and phone width, scrolled to it each time (on a phone it
     * moves down the page); nothing spills sideways on the phone.
     */
    private static void screenshotsOf(Browser browser, By part, String name) {
        scrollToCenter(browser, part);
        browser.screenshot(name + "-desktop");
        browser.driver().manage().window().setSize(Browser.PHONE);
        scrollToCenter(browser, part);
        assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
        browser.screenshot(name + "-phone");
        browser.driver().manage().window().setSize(Browser.DESKTOP);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
