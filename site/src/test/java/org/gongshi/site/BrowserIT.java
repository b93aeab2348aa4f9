package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongshi.content.uploads.UploadFixtures;
import org.gongshi.site.Browser.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A citizen on a desktop and on a phone: finds a document through the search box, and every page type passes axe. */
class BrowserIT {
    private static final String QUERY = "信用修复";
    private static final String EDITOR = "browser-editor";
    private static final String EDITOR_PASSWORD = "浏览器里的编辑 correct horse";
    private static final String STAFF = "browser-staff";
    private static final String STAFF_PASSWORD = "浏览器测试密码 correct horse";
    /** Screenshots for people to look at; under target/ so they are never committed. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    @TempDir
    static Path profile;
    /** Files a test hands the browser, e.g. an image to upload. */
    @TempDir
    static Path files;

    static Map<String, String> listings;
    static Browser browser;
    static String wideArticle;

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo(data -> listings = ListingFixture.load(data));

    @BeforeAll
    static void start() {
        site.addStaff(STAFF, STAFF_PASSWORD, "editor", "reviewer");
        browser = Browser.start(profile);
        site.addStaff(EDITOR, EDITOR_PASSWORD, "editor");
        wideArticle = WideArticle.publish(site);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void homePageShowsTheChineseHeadingAndTheSearchBox(Viewport viewport) {
        WebDriver driver = open(viewport, "/");
        assertEquals("zh-CN", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        WebElement heading = driver.findElement(By.tagName("h1"));
        assertTrue(heading.isDisplayed());
        assertEquals("司法公开与信用信息公示", heading.getText());
        assertTrue(driver.findElement(By.id("search-q")).isDisplayed(), "search box");
        assertTrue(driver.findElement(By.cssSelector("label[for=search-q]")).isDisplayed(), "search box label");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void searchingFromTheHomePageFindsHighlightedHitsAndOpensTheFirst(Viewport viewport) {
        WebDriver driver = open(viewport, "/");
        WebElement box = driver.findElement(By.id("search-q"));
        box.click();
        box.sendKeys(QUERY);
        if (viewport == Viewport.DESKTOP) {
            box.sendKeys(Keys.ENTER);
        } else {
            driver.findElement(By.cssSelector(".search-form button[type=submit]")).click();
        }
        browser.waiting().until(ExpectedConditions.urlContains("/search?"));
        List<WebElement> hits = browser.waiting().until(
                ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".hits > li")));
        assertEquals(QUERY, driver.findElement(By.id("search-q")).getDomProperty("value"),
                "the query stays in the box");
        assertEquals("按相关度", driver.findElement(By.cssSelector(".order strong")).getText(),
                "a text search is ordered by relevance, and says so");

        List<WebElement> marks = driver.findElements(By.cssSelector(".hits mark"));
        assertFalse(marks.isEmpty(), "highlighted words in the hits");
        for (WebElement mark : marks) {
            assertTrue(mark.isDisplayed() && !mark.getText().isBlank() && QUERY.contains(mark.getText()),
                    "highlighted text comes from the query: " + mark.getText());
        }
        WebElement facet = driver.findElement(By.cssSelector(".facets li a"));
        assertTrue(facet.isDisplayed(), "a facet to narrow the results");
        assertTrue(facet.getText().matches(".+\\(\\d+\\).*"), "a facet shows its count: " + facet.getText());

        WebElement firstTitle = hits.get(0).findElement(By.cssSelector(".item-title"));
        String title = firstTitle.getText();
        String searchUrl = driver.getCurrentUrl();
        firstTitle.click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlToBe(searchUrl)));
        WebElement heading = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertEquals(title, heading.getText(), "the opened document's title");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void everyPageTypeHasNoSeriousAccessibilityViolationsAndNoSidewaysScrolling(Viewport viewport) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages().entrySet()) {
            WebDriver driver = open(viewport, page.getValue());
            assertTrue(driver.findElement(By.tagName("h1")).isDisplayed(), page.getKey() + " has a visible heading");
            browser.saveFullPageScreenshot(SCREENSHOTS.resolve(
                    viewport.name().toLowerCase(Locale.ROOT) + "-" + page.getKey() + ".png"));
            for (String violation : browser.seriousAccessibilityViolations()) {
                problems.add(page.getKey() + " " + page.getValue() + ": " + violation);
            }
            long overflow = (Long) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0) {
                problems.add(page.getKey() + " " + page.getValue() + ": scrolls sideways by " + overflow + " px");
            }
        }
        assertTrue(problems.isEmpty(), viewport + ":\n" + String.join("\n", problems));
    }

    @Test
    void aWideImageAndAWideTableFitAPhoneTheTableScrollingInItsOwnRegion() {
        WebDriver driver = open(Viewport.MOBILE, wideArticle);
        assertTrue((Long) browser.driver().executeScript("return document.documentElement.scrollWidth") <= 390,
                "the page is no wider than the phone");
        WebElement image = driver.findElement(By.cssSelector(".body figure img"));
        assertTrue(image.getRect().getWidth() <= 390, "the image fits: " + image.getRect().getWidth());
        assertEquals("全市执行案件分布示意图", driver.findElement(By.cssSelector(".body figcaption")).getText());
        WebElement region = driver.findElement(By.cssSelector(".body .table-scroll"));
        assertTrue((Boolean) browser.driver().executeScript(
                "return arguments[0].scrollWidth > arguments[0].clientWidth", region),
                "the table scrolls sideways in its own region");
        WebElement header = driver.findElement(By.cssSelector(".body thead th:nth-child(2)"));
        double fontSize = Double.parseDouble(header.getCssValue("font-size").replace("px", ""));
        assertTrue(header.getRect().getWidth() > 4 * fontSize, "cells do not wrap a character per line: "
                + header.getRect().getWidth() + " px");
        browser.saveFullPageScreenshot(SCREENSHOTS.resolve("mobile-wide-article.png"));
    }

    @Test
    void theCourtFieldSuggestsTheListedCourtsContainingWhatIsTyped() {
        WebDriver driver = open(Viewport.MOBILE, "/listings");
        By suggested = By.cssSelector("#court-suggestions option[value='北京市朝阳区人民法院']");
        assertTrue(driver.findElements(By.cssSelector("#court-suggestions option")).isEmpty(), "nothing before typing");

        driver.findElement(By.id("listing-court")).sendKeys("朝阳区");

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(suggested));
        assertTrue(driver.findElements(By.cssSelector("#court-suggestions option")).stream()
                .allMatch(option -> option.getAttribute("value").contains("朝阳区")), "only courts containing it");
    }

    @Test
    void theEditorPreviewsMarkdownWhileTypingThroughTheSanitizer() {
        signInAsEditor();
        WebDriver driver = open(Viewport.DESKTOP, "/admin/cases/new");
        WebElement facts = driver.findElement(By.id("field-facts"));
        WebElement preview = driver.findElement(By.id("field-facts-preview"));
        assertFalse(preview.isDisplayed(), "no preview before typing");

        facts.sendKeys("**执行到位**<img src=x onerror=alert(1)>");

        WebElement strong = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#field-facts-preview .preview-body strong")));
        assertEquals("执行到位", strong.getText());
        assertTrue(driver.findElements(By.cssSelector("#field-facts-preview img")).isEmpty(), "the image is dropped");
        String previewIndent = driver.findElement(By.cssSelector("#field-facts-preview .preview-body > p"))
                .getCssValue("text-indent");
        assertEquals("32px", previewIndent, "paragraphs indented two characters, as on the public page");

        driver.get(site.url().resolve(firstItemUrl("/cases")).toString());
        assertEquals(driver.findElement(By.cssSelector(".article-body > p")).getCssValue("text-indent"), previewIndent,
                "the preview is set as the public page will be");
    }

    @Test
    void theEditorUploadsAnImageAndItsMarkdownGoesWhereTheCursorWas() throws IOException {
        signInAsEditor();
        WebDriver driver = open(Viewport.DESKTOP, "/admin/cases/new");
        WebElement facts = driver.findElement(By.id("field-facts"));
        facts.sendKeys("前文后文");
        browser.driver().executeScript("arguments[0].setSelectionRange(2, 2)", facts);
        Path image = Files.write(files.resolve("印章.png"), UploadFixtures.bytes("seal.png"));

        WebElement upload = driver.findElement(By.cssSelector("fieldset[data-upload-for=field-facts]"));
        assertTrue(upload.isDisplayed(), "the script shows the upload controls");
        driver.findElement(By.id("field-facts-image")).sendKeys(image.toString());
        driver.findElement(By.id("field-facts-alt")).sendKeys("法院印章");
        upload.findElement(By.tagName("button")).click();

        browser.waiting().until(page -> facts.getDomProperty("value").contains("!["));
        String text = facts.getDomProperty("value");
        assertTrue(text.matches("前文!\\[法院印章]\\(/uploads/[0-9a-f]{64}\\)后文"), text);
        assertEquals("已上传，图片的 Markdown 已插入到光标处。",
                upload.findElement(By.cssSelector("[role=status]")).getText());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#field-facts-preview img[alt='法院印章']")));
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theBackOfficeSignInAndItsScreensHaveNoSeriousAccessibilityViolations(Viewport viewport) {
        // Resizing waits for the page to take the new width; the home page does at any width.
        browser.driver().get(site.url().resolve("/").toString());
        browser.driver().manage().deleteAllCookies();
        List<String> problems = new ArrayList<>();
        check(viewport, "admin-login", "/admin/login", problems);
        WebDriver driver = browser.driver();
        driver.findElement(By.id("login-name")).sendKeys(STAFF);
        driver.findElement(By.id("login-password")).sendKeys(STAFF_PASSWORD);
        driver.findElement(By.cssSelector(".admin-form button[type=submit]")).click();
        try {
            browser.waiting().until(ExpectedConditions.urlMatches(".*/admin$"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(driver.getCurrentUrl() + "\n" + driver.getPageSource(), e);
        }
        check(viewport, "admin-listing", "/admin/listings/" + listings.get(ListingFixture.HOSPITAL), problems);
        check(viewport, "admin-imports", "/admin/imports", problems);
        assertTrue(problems.isEmpty(), viewport + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aCitizenLooksSomeoneUpFromTheHomePageReturnsToTheResultsAndObjects(Viewport viewport) {
        List<String> problems = new ArrayList<>();
        WebDriver driver = open(viewport, "/");
        inspect(viewport, "path-home", "/", problems);
        driver.findElement(By.id("home-lookup-name")).sendKeys(ListingFixture.PERSON);
        driver.findElement(By.cssSelector(".home-lookup button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/listings?name="));
        String results = driver.getCurrentUrl();
        inspect(viewport, "path-results", results, problems);

        driver.findElement(By.linkText(ListingFixture.PERSON)).click();
        browser.waiting().until(ExpectedConditions.urlContains("/listings/" + listings.get(ListingFixture.PERSON)));
        inspect(viewport, "path-listing", driver.getCurrentUrl(), problems);
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("履行完毕后删除"), "the term is shown");
        driver.findElement(By.linkText("返回查询")).click();
        browser.waiting().until(ExpectedConditions.urlToBe(results));

        driver.findElement(By.linkText(ListingFixture.PERSON)).click();
        browser.waiting().until(ExpectedConditions.urlContains("/listings/" + listings.get(ListingFixture.PERSON)));
        driver.findElement(By.partialLinkText("对此信息有异议")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/objections/new?listing="));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains(ListingFixture.PERSON),
                "the objection form is about the listing");
        inspect(viewport, "path-objection", driver.getCurrentUrl(), problems);
        assertTrue(problems.isEmpty(), viewport + ":\n" + String.join("\n", problems));
    }

    /** Opens {@code path}, keeps a screenshot, and adds its axe violations and any sideways scrolling. */
    private static void check(Viewport viewport, String name, String path, List<String> problems) {
        open(viewport, path);
        inspect(viewport, name, path, problems);
    }

    /** The page on show: keeps a screenshot, and adds its axe violations and any sideways scrolling. */
    private static void inspect(Viewport viewport, String name, String path, List<String> problems) {
        WebDriver driver = browser.driver();
        assertTrue(driver.findElement(By.tagName("h1")).isDisplayed(), name + " has a visible heading");
        browser.saveFullPageScreenshot(SCREENSHOTS.resolve(viewport.name().toLowerCase(Locale.ROOT) + "-" + name
                + ".png"));
        for (String violation : browser.seriousAccessibilityViolations()) {
            problems.add(name + " " + path + ": " + violation);
        }
        long overflow = (Long) browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0) {
            problems.add(name + " " + path + ": scrolls sideways by " + overflow + " px");
        }
    }

    /** One page of each type, by name, as a reader reaches it. */
    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("search", "/search?q=" + RunningSite.encode(QUERY));
        pages.put("policy", firstItemUrl("/policies"));
        pages.put("case", firstItemUrl("/cases"));
        pages.put("bulletin", firstItemUrl("/bulletins"));
        pages.put("wide-article", wideArticle);
        pages.put("cases", "/cases");
        pages.put("not-found", "/no-such-page");
        pages.put("listings", "/listings?name=" + RunningSite.encode("琥珀"));
        pages.put("listings-invalid", "/listings?caseNo=" + RunningSite.encode("京0105执1234号"));
        pages.put("listing", "/listings/" + listings.get(ListingFixture.HOSPITAL));
        pages.put("government-credit", "/government-credit");
        pages.put("objection-form", "/objections/new?listing=" + listings.get(ListingFixture.HOSPITAL));
        pages.put("repair-form", "/objections/repair?listing=" + listings.get(ListingFixture.HOSPITAL));
        pages.put("objection-status", "/objections/status");
        pages.put("objection-stats", "/objections/stats");
        String demoCase = pages.get("case");
        signInAsEditor();
        pages.put("admin-new-case", "/admin/cases/new");
        pages.put("admin-case", "/admin" + demoCase);
        pages.put("admin-case-revisions", "/admin" + demoCase + "/revisions");
        return pages;
    }

    /** Through the sign-in form, as staff do; the session then holds for the back-office pages. */
    private static void signInAsEditor() {
        WebDriver driver = browser.driver();
        driver.get(site.url().resolve("/admin/login").toString());
        driver.manage().deleteAllCookies(); // another test may have signed in as someone else
        driver.get(site.url().resolve("/admin/login").toString());
        driver.findElement(By.id("login-name")).sendKeys(EDITOR);
        driver.findElement(By.id("login-password")).sendKeys(EDITOR_PASSWORD);
        driver.findElement(By.cssSelector("form[action='/admin/login'] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/admin$"));
    }


    private static String firstItemUrl(String listing) {
        WebDriver driver = browser.driver();
        driver.get(site.url().resolve(listing).toString());
        String href = driver.findElement(By.cssSelector(".items .item-title")).getDomProperty("href");
        return URI.create(href).getRawPath();
    }

    private static WebDriver open(Viewport viewport, String path) {
        browser.resize(viewport);
        WebDriver driver = browser.driver();
        driver.get(site.url().resolve(path).toString());
        return driver;
    }
}
