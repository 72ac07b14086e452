package org.prefcenter.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both are given by path
 * ({@code PREFCENTER_CHROMIUM}, {@code PREFCENTER_CHROMEDRIVER}; Debian's paths by default), so
 * Selenium never looks for (or downloads) a driver or a browser of its own; the profile folder is
 * new for every run, under target/.
 */
final class Browser implements AutoCloseable {

    static final Path OUTPUT = Path.of(System.getProperty("console.output", "target/console"));
    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private static final Path CHROMIUM = fromEnvironment("PREFCENTER_CHROMIUM", "/usr/bin/chromium");
    private static final Path CHROMEDRIVER = fromEnvironment("PREFCENTER_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final ChromeDriver driver;

    /** What of the browser is missing, as "VARIABLE=path" items; empty when both are executable files. */
    static List<String> missing() {
        return Stream.of(Map.entry("PREFCENTER_CHROMIUM", CHROMIUM), Map.entry("PREFCENTER_CHROMEDRIVER", CHROMEDRIVER))
                .filter(program -> !Files.isRegularFile(program.getValue()) || !Files.isExecutable(program.getValue()))
                .map(program -> program.getKey() + "=" + program.getValue())
                .toList();
    }

    Browser() {
        Path chromium = CHROMIUM;
        Path chromedriver = CHROMEDRIVER;
        try {
            Files.createDirectories(OUTPUT);
            Path profile = Files.createTempDirectory(OUTPUT, "chromium-profile-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .withLogFile(OUTPUT.resolve("chromedriver.log").toFile())
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1100,1700", "--lang=en-GB");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fromEnvironment(String variable, String debianPath) {
        String value = System.getenv(variable);
        return Path.of(value == null || value.isBlank() ? debianPath : value);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** The element with {@code data-test="hook"}, once it is displayed. */
    WebElement hook(String hook) {
        return until(d -> {
            List<WebElement> found = d.findElements(byHook(hook));
            return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    static By byHook(String hook) {
        return By.cssSelector("[data-test=\"" + hook.replace("\"", "\\\"") + "\"]");
    }

    <T> T until(ExpectedCondition<T> condition) {
        // the console re-renders the form after a load or a save: an element found a moment ago may be gone
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(OUTPUT);
            Path file = OUTPUT.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console messages so far (each read once): CSP violations and script errors show here. */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
