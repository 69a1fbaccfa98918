package dev.duet.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Real headless Chromium from the system packages (Debian's {@code chromium} and {@code chromium-driver}), driven by
 * Selenium. Nothing is downloaded: the browser and driver paths are fixed, and Selenium's own driver manager is never
 * asked. Each instance is a fresh profile.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DUET_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("DUET_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    public final WebDriver driver;
    private final String base;
    private final Path profile;

    /** Opens a browser for the server at {@code base} (e.g. {@code http://127.0.0.1:4711/}). */
    public Browser(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
        try {
            this.profile = Files.createTempDirectory("duet-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // keep the browser console, so tests can fail on script errors
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,900", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Goes to {@code path} on the server (relative, e.g. {@code admin/}). */
    public Browser open(String path) {
        driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    public WebElement find(String css) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until the element is visible and clickable, then clicks it (scrolled to the middle if it was covered). */
    public Browser click(String css) {
        var element = waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // the admin app scrolls inside <main>, not the window, so WebDriver's own scrolling can leave the element
            // under something: bring it to the middle and try once more
            script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
            element.click();
        }
        return this;
    }

    /** Clears the field and types {@code text} into it. */
    public Browser type(String css, String text) {
        var field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Waits until some visible element matching {@code css} contains {@code text}. */
    public WebElement findWithText(String css, String text) {
        return waitUntil(driver -> driver.findElements(By.cssSelector(css)).stream()
                .filter(element -> element.isDisplayed() && element.getText().contains(text)).findFirst().orElse(null));
    }

    /** Waits until {@code condition} gives neither null nor false; an element re-rendered mid-check is checked again. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** The trimmed texts of every element matching {@code css}, read in one go (no stale elements mid-render). */
    @SuppressWarnings("unchecked")
    public List<String> texts(String css) {
        return (List<String>) script("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())", css);
    }

    /**
     * Script errors the browser console reported since the last call (messages of level SEVERE). The one expected
     * failed request, asking who is signed in before anyone is (401 from /api/auth/me), is left out, and so are
     * images of the demo content, which name a host that does not exist.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> !(message.contains("/api/auth/me ") && message.contains("status of 401")))
                .filter(message -> !message.contains("net::ERR_NAME_NOT_RESOLVED"))
                .toList();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public String path() {
        return (String) script("return location.pathname + location.search");
    }

    /** Signs in through the admin app's form and waits for the app's frame. */
    public Browser signIn(String email, String password) {
        open("admin/");
        type("input[name=email]", email);
        type("input[name=password]", password);
        click("button[type=submit]");
        find("nav.sidebar");
        return this;
    }

    /** Saves a PNG of the window to {@code file}. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
