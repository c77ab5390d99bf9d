package com.clintrack.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for journeys. The driver and binary are set explicitly so Selenium Manager
 * never tries to download anything. Without Chromium the journey is skipped locally and fails in CI.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final Dimension DESKTOP = new Dimension(1280, 800);
    public static final Dimension PHONE = new Dimension(360, 740);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        // Vaadin re-renders parts of the page after a server round trip, so an element found a moment ago
        // can be replaced while a condition reads it; the condition is then simply checked again.
        this.wait = new WebDriverWait(driver, WAIT);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** Starts Chromium, or skips the test (fails it when CI=true) when it is not installed. */
    public static Browser open(int port) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium and chromium-driver must be installed in CI (.ci/run does it)");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
        Files.createDirectories(SCREENSHOTS);
        return new Browser(driver, "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the condition holds, checking it again when the page replaced an element it read. */
    public <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** The visible text of the element, read again if the page replaced the element meanwhile. */
    public String text(By locator) {
        waitFor(locator);
        return wait.until(d -> d.findElement(locator).getText());
    }

    /** Waits until the element found by the locator shows the text, however often it is re-rendered. */
    public void waitForText(By locator, String text) {
        wait.until(d -> d.findElement(locator).getText().contains(text));
    }

    public void waitUntilPath(String path) {
        wait.until(d -> path().equals(path) || path().startsWith(path + "?"));
    }

    public void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Types into a Vaadin text field, through its slotted native input. */
    public void type(String fieldId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    public void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Screenshots at desktop and phone width, then back to desktop. */
    public void screenshots(String name) {
        screenshot(name + "-desktop");
        driver.manage().window().setSize(PHONE);
        screenshot(name + "-phone");
        driver.manage().window().setSize(DESKTOP);
    }

    /** How far the page, or the view inside the app layout, is wider than the window (0 or less: it fits). */
    public long horizontalOverflow() {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
                const view = document.querySelector('vaadin-app-layout > :not([slot])');
                const inner = view ? view.scrollWidth - view.clientWidth : 0;
                return Math.max(page, inner);
                """);
        return ((Number) overflow).longValue();
    }

    /** Console messages that report a Content-Security-Policy violation since the last call. */
    public java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
