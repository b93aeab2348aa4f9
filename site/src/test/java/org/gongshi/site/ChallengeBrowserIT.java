package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.site.Browser.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader over the search limit: the challenge page passes axe, and Chromium solves it and returns by itself. */
class ChallengeBrowserIT {
    private static final String PAGE = "/search?q=" + RunningSite.encode("信用修复");
    /** Solving takes a second or two; a slow CI machine gets ten times that. */
    private static final Duration SOLVING = Duration.ofSeconds(30);

    @TempDir
    static Path profile;

    static Browser browser;

    @RegisterExtension
    // A stopped clock: the bucket must not refill between the last refused request and Chromium's, on a busy machine.
    static final RunningSite site = RunningSite.facingOneClient().on(new SettableClock(Instant.now()));

    @BeforeAll
    static void start() {
        browser = Browser.start(profile);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theChallengePageIsAccessibleAndChromiumSolvesItAndLandsOnThePageItAskedFor() {
        int requests = 0;
        while (site.get(PAGE).statusCode() != 429) {
            assertTrue(++requests < 100, "the search page never asked for a challenge");
        }
        ChromeDriver driver = browser.driver();

        // Held back, the script cannot solve the page before axe has read it.
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*proof-of-work.js")));
        // The same address the Java client above used: Chromium may resolve localhost to ::1, another client.
        String url = site.url().resolve(PAGE).toString().replace("//localhost:", "//127.0.0.1:");
        driver.get(url);
        browser.resize(Viewport.MOBILE); // the narrowest layout, once a page is there to measure
        assertEquals("继续查询前需要一次简短验证", driver.findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), browser.seriousAccessibilityViolations());

        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        driver.navigate().refresh();
        new WebDriverWait(driver, SOLVING).until(
                ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".hits > li")));
        assertEquals(url, driver.getCurrentUrl());
    }
}
