package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.site.Browser.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A handler deciding an objection in Chromium: the remedy shows only its own fields, and a mistake keeps the form. */
class ObjectionsBrowserIT {
    /** Screenshots for people to look at; under target/ so they are never committed. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final String HANDLER = "browser-handler";
    private static final String PASSWORD = "浏览器里的异议处理人 correct horse";
    private static final Pattern NUMBER = Pattern.compile("(YY\\d{6}[0-9A-Z]{6})");
    private static final Pattern SUBMISSION = Pattern.compile("name=\"submission\" value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @TempDir
    static Path profile;

    static Map<String, String> listings;
    static Browser browser;

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo(data -> listings = ListingFixture.load(data));

    @BeforeAll
    static void start() {
        site.addStaff(HANDLER, PASSWORD, "objections.handler");
        browser = Browser.start(profile);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theRemedyShowsOnlyItsFieldsAndADecisionWithMistakesComesBackOnItsPageAsTyped() {
        String page = "/admin/objections/" + underReview();
        WebDriver driver = signedIn();
        driver.get(site.url().resolve(page).toString());
        WebElement correctName = driver.findElement(By.id("UPHOLD-correctName"));
        WebElement ground = driver.findElement(By.id("UPHOLD-deletionGround"));
        assertTrue(correctName.isDisplayed() && ground.isDisplayed(), "all fields until a remedy is chosen");

        driver.findElement(By.id("UPHOLD-remedy-DELETE")).click();
        assertFalse(correctName.isDisplayed(), "nothing to correct in a deleted listing");
        assertTrue(ground.isDisplayed());
        driver.findElement(By.id("UPHOLD-remedy-CORRECT")).click();
        assertTrue(correctName.isDisplayed());
        assertFalse(ground.isDisplayed(), "no ground for a correction");
        driver.findElement(By.id("UPHOLD-remedy-REVOKE")).click();
        assertFalse(correctName.isDisplayed() || ground.isDisplayed(), "a revocation needs neither");

        driver.findElement(By.id("UPHOLD-remedy-DELETE")).click();
        driver.findElement(By.id("UPHOLD-note")).sendKeys("已全部履行，附银行回单。");
        driver.findElement(By.cssSelector("form:has(#UPHOLD-note) button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".form-errors")));

        assertEquals(site.url().resolve(page).toString(), driver.getCurrentUrl(), "the same page");
        assertTrue(driver.findElement(By.cssSelector(".form-errors")).getText().contains("删除失信信息须选择删除事由"));
        assertTrue(driver.findElement(By.id("UPHOLD-remedy-DELETE")).isSelected(), "the remedy as chosen");
        assertEquals("已全部履行，附银行回单。", driver.findElement(By.id("UPHOLD-note")).getDomProperty("value"));
        assertFalse(driver.findElement(By.id("UPHOLD-correctName")).isDisplayed(), "still hidden for a deletion");
        for (WebElement link : driver.findElements(By.cssSelector(".form-errors a"))) {
            String target = link.getDomAttribute("href").substring(1);
            assertTrue(driver.findElement(By.id(target)).isDisplayed(), "the field a message leads to: " + target);
        }
        List<String> problems = new ArrayList<>(browser.seriousAccessibilityViolations());
        browser.saveFullPageScreenshot(SCREENSHOTS.resolve("desktop-admin-objection-mistake.png"));
        browser.resize(Viewport.MOBILE);
        problems.addAll(browser.seriousAccessibilityViolations());
        browser.saveFullPageScreenshot(SCREENSHOTS.resolve("mobile-admin-objection-mistake.png"));
        assertEquals(0L, browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"),
                "no sideways scrolling on a phone");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Through the sign-in form, as staff do. */
    private static WebDriver signedIn() {
        browser.resize(Viewport.DESKTOP);
        WebDriver driver = browser.driver();
        driver.get(site.url().resolve("/admin/login").toString());
        driver.findElement(By.id("login-name")).sendKeys(HANDLER);
        driver.findElement(By.id("login-password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[action='/admin/login'] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/admin$"));
        return driver;
    }

    /** An objection filed by a citizen and brought under review by the handler, over HTTP. */
    private static String underReview() {
        StaffClient citizen = site.staffClient();
        String token = find(SUBMISSION, citizen.get("/objections/new?listing="
                + listings.get(ListingFixture.PERSON)).body());
        HttpResponse<String> receipt = citizen.postMultipart("/objections/new", Map.of("submission", token,
                "listing", listings.get(ListingFixture.PERSON), "ground", "SHOULD_BE_DELETED", "name", "琥珀张",
                "identifier", ListingFixture.PERSON_ID, "relationship", "SELF", "phone", "13800138000",
                "reason", "我已于2025年6月全部清偿，附银行回单，请删除失信信息。", "declaration", "yes"), List.of());
        String number = find(NUMBER, receipt.body());
        StaffClient handler = site.staffClient();
        assertEquals(303, handler.signIn(HANDLER, PASSWORD).statusCode());
        for (String action : List.of("ACCEPT", "START_REVIEW")) {
            String version = find(VERSION, handler.get("/admin/objections/" + number).body());
            assertEquals(303, handler.post("/admin/objections/" + number, Map.of("action", action,
                    "version", version)).statusCode(), action);
        }
        return number;
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher.group(1);
    }
}
