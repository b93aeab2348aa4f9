package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through its own chromedriver: Selenium Manager never downloads anything. */
final class Browser implements AutoCloseable {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Warns that it has no DevTools bindings for this Chromium; raw CDP commands need none. Held against GC. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    /** The widths a citizen reads the site at: an office desktop and a phone. */
    enum Viewport {
        DESKTOP(1280, 900),
        MOBILE(390, 844);

        final int width;
        final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start(Path profileDirectory) {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        if (!CHROMEDRIVER.canExecute() || !CHROMIUM.canExecute()) {
            fail("Chromium or ChromeDriver is missing: run `apt-get install chromium chromium-driver`");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profileDirectory.toAbsolutePath());
        return new Browser(new ChromeDriver(service, options));
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /**
     * Sizes the layout viewport itself (what media queries see); the phone gets overlay scrollbars and honours the
     * viewport meta tag, as a real one does.
     */
    void resize(Viewport viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width,
                "height", viewport.height, "deviceScaleFactor", 1, "mobile", viewport == Viewport.MOBILE));
        waiting().until(browser -> ((Number) driver.executeScript("return window.innerWidth"))
                .intValue() == viewport.width);
    }

    /** The whole page, not only what fits in the window, so the lead sees the layout end to end. */
    void saveFullPageScreenshot(Path file) {
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>)
                driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", content.get("width"), "height", content.get("height"));
        String png = (String) driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Violations of WCAG 2.0/2.1 A and AA that axe-core rates serious or critical on the current page. */
    List<String> seriousAccessibilityViolations() {
        List<Rule> violations = new AxeBuilder().withTags(WCAG_A_AND_AA).analyze(driver).getViolations();
        return violations.stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + targets(rule))
                .toList();
    }

    /** The first few offending elements as CSS selectors; enough to find the template, short enough to read. */
    private static String targets(Rule rule) {
        List<String> selectors = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
        return selectors.size() <= 5 ? String.valueOf(selectors)
                : selectors.subList(0, 5) + " and " + (selectors.size() - 5) + " more";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
