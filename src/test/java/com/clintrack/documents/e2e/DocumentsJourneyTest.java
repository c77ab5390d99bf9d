package com.clintrack.documents.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.TestAccounts;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.documents.api.DocumentsApiTestData;
import com.clintrack.e2e.Browser;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * In Chromium: create a resume from pasted text → export its PDF (fetched through the page's own download
 * link and parsed back with PDFBox) → match it against a posting. Screenshots at desktop and phone width
 * under target/screenshots/documents-*.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentsJourneyTest {

    private static final String FETCH_AS_BASE64 = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
              let binary = '';
              new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
              done(btoa(binary));
            }).catch(e => done('ERROR ' + e));
            """;

    private static long overflow(Browser browser) {
        Object value = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) value).longValue();
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private static void typeArea(Browser browser, String id, String text) {
        WebElement area = browser.waitFor(By.cssSelector("#" + id + " textarea"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", area, text);
    }

    @Test
    void create_a_resume_export_its_pdf_and_match_it_against_a_posting() throws Exception {
        AccountSummary user = TestAccounts.register(accounts, "documents-journey");
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.type("email", user.email());
            browser.type("password", TestAccounts.PASSWORD);
            browser.click("sign-in");
            browser.waitForText("Hello");

            browser.go("/documents");
            browser.waitForText("Build your first resume");
            browser.screenshots("documents-01-empty");

            browser.click("new-resume");
            browser.type("resume-title", "Journey resume");
            typeArea(browser, "resume-paste", DocumentsApiTestData.PASTED);
            browser.screenshots("documents-02-new-resume");
            browser.click("create-resume");

            browser.until(d -> browser.path().startsWith("/documents/resumes/"));
            browser.waitForText("Version 1");
            String resumePath = browser.path();
            assertThat(browser.waitFor(By.cssSelector("#contact-name input")).getDomProperty("value"))
                    .isEqualTo("Zoë Nguyễn-Łukasz");
            browser.screenshots("documents-03-editor");

            String href = browser.waitFor(By.id("download-pdf")).getDomAttribute("href");
            Object fetched = ((JavascriptExecutor) browser.driver()).executeAsyncScript(FETCH_AS_BASE64, href);
            assertThat(String.valueOf(fetched)).doesNotStartWith("ERROR");
            byte[] pdf = Base64.getDecoder().decode(String.valueOf(fetched));
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            java.nio.file.Files.write(Browser.SCREENSHOTS.resolve("documents-resume.pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("Zoë Nguyễn-Łukasz", "Miami Valley Clinic");
            }

            typeArea(browser, "posting-text", "Clinical Technician, emergency department. Phlebotomy, 12-lead EKG, "
                    + "point-of-care testing. BLS and CCMA required. Strong teamwork.");
            browser.click("check-match");
            browser.waitFor(By.id("match-score"));
            String score = browser.until(d -> d.findElement(By.id("match-score")).getText());
            assertThat(Integer.parseInt(score)).isBetween(1, 99);
            browser.waitForText("Point-of-Care Testing");
            browser.waitForText("add to Certifications and licences");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('match-panel').scrollIntoView()");
            browser.screenshots("documents-04-match");

            // A second version, then its history compares it with the first.
            browser.type("contact-name", "Zoë Nguyễn");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('save-resume').scrollIntoView({block: 'center'})");
            browser.click("save-resume");
            browser.waitForText("Version 2");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('show-history').scrollIntoView({block: 'center'})");
            browser.click("show-history");
            browser.waitFor(By.id("versions"));
            browser.click("compare-1");
            browser.waitForText(By.id("comparison"), "Zoë Nguyễn-Łukasz");
            browser.screenshots("documents-05-history");
            assertThat(browser.cspViolations()).isEmpty();

            browser.go("/documents");
            browser.waitFor(By.id("resumes"));
            browser.driver().findElement(By.id("tab-examples")).click();
            browser.waitForText("Start from this example");
            browser.screenshots("documents-06-examples");
            browser.click("example-letter-junior-clinic");
            browser.until(d -> browser.path().startsWith("/documents/cover-letters/"));
            browser.waitFor(By.id("letter-body"));
            browser.screenshots("documents-07-letter");
            browser.driver().manage().window().setSize(Browser.PHONE);
            browser.waitFor(By.id("letter-body"));
            assertThat(overflow(browser)).as("sideways overflow of the letter editor at 360 px").isLessThanOrEqualTo(0);
            browser.go(resumePath);
            browser.waitFor(By.id("match-panel"));
            assertThat(overflow(browser)).as("sideways overflow of the resume editor at 360 px").isLessThanOrEqualTo(0);
            browser.driver().manage().window().setSize(Browser.DESKTOP);
        }
    }
}
