package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one Chromium of the suite (Debian's {@code chromium} and {@code chromedriver}, never a
 * download), started on first use and quit when the JVM ends. Without a browser the console tests
 * are skipped with one loud line, unless {@code -Dcustos.browser.required=true} (CI) makes that a
 * failure.
 */
final class ConsoleBrowser {

    private static final Path BINARY = Path.of(System.getProperty("custos.browser.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("custos.browser.driver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("custos.console.screenshots", "target/console-screenshots"));
    private static final Path DOWNLOADS = Path.of(
                    System.getProperty("custos.console.downloads", "target/console-downloads"))
            .toAbsolutePath();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static ChromeDriver driver;
    private static boolean announcedMissing;
    private static String axeSource;

    private ConsoleBrowser() {}

    /** The shared browser, started now if it is not yet; the test is skipped (or fails) without one. */
    static synchronized ChromeDriver driver() {
        if (driver != null) {
            return driver;
        }
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            String message = "NO BROWSER: " + BINARY + " or " + DRIVER
                    + " is missing, the console's browser tests are SKIPPED"
                    + " (apt-get install -y chromium chromium-driver; CI sets -Dcustos.browser.required=true)";
            if (Boolean.getBoolean("custos.browser.required")) {
                Assertions.fail(message);
            }
            if (!announcedMissing) {
                announcedMissing = true;
                System.err.println("!!!!!!!!!! " + message + " !!!!!!!!!!");
            }
            Assumptions.abort(message);
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        try {
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,900",
                    "--lang=en-GB",
                    "--user-data-dir=" + Files.createTempDirectory("custos-chromium"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        driver = new ChromeDriver(ChromeDriverService.createDefaultService(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try (Stream<Path> stale = Files.list(Files.createDirectories(DOWNLOADS))) {
            for (Path old : stale.toList()) {
                Files.delete(old); // an earlier run's file must not pass for this run's download
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> driver.quit()));
        return driver;
    }

    static WebElement await(String css) {
        return new WebDriverWait(driver(), WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    static void awaitText(String css, String text) {
        new WebDriverWait(driver(), WAIT)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Waits for the browser to finish saving {@code fileName} (a click on a download), and answers it. */
    static Path awaitDownload(String fileName) {
        Path file = DOWNLOADS.resolve(fileName);
        new WebDriverWait(driver(), WAIT)
                .until(d -> Files.isRegularFile(file) && !Files.exists(DOWNLOADS.resolve(fileName + ".crdownload")));
        return file;
    }

    static void awaitGone(String css) {
        new WebDriverWait(driver(), WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until no part of the screen is still loading. */
    static void settled() {
        new WebDriverWait(driver(), WAIT).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.querySelector('.loading, [aria-busy=true]') === null"
                        + " && document.querySelector('main') !== null"));
    }

    /** Goes to a console path through its router, as a click on a link would (the token stays). */
    static void go(String path) {
        ((JavascriptExecutor) driver())
                .executeScript(
                        "history.pushState({}, '', arguments[0]); dispatchEvent(new PopStateEvent('popstate'))",
                        "/console" + path);
        settled();
    }

    /** Saves target/console-screenshots/{name}.png. */
    static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png = ((TakesScreenshot) driver())
                    .getScreenshotAs(OutputType.FILE)
                    .toPath();
            Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs axe-core (the script Deque ships in its Selenium jar) on the page as it is and asserts no
     * serious or critical violation; saves the screenshot of the screen too.
     */
    @SuppressWarnings("unchecked")
    static void accessibleScreen(String name) {
        settled();
        screenshot(name);
        JavascriptExecutor js = driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axe());
        }
        List<Map<String, Object>> violations =
                (List<Map<String, Object>>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"));
            }
        }
        assertThat(serious).as("axe-core on the %s screen", name).isEmpty();
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = ConsoleBrowser.class.getResourceAsStream("/axe.min.js")) {
                assertThat(in).as("axe.min.js on the test classpath").isNotNull();
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return axeSource;
    }
}
