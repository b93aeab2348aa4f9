package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every public page type renders the demo content as a reader would see it. */
class PagesIT {
    private static final Pattern FIRST_LINK = Pattern.compile("<a class=\"item-title\" href=\"(/[a-z]+/[^\"]+)\"");

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @Test
    void homePageIsChineseWithSearchBoxAndTheNewestContent() {
        HttpResponse<String> home = site.get("/");
        assertEquals(200, home.statusCode());
        String html = home.body();
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertEquals(1, count(html, "<h1"), "exactly one h1");
        assertTrue(html.contains("action=\"/search\""), "search box");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"" + site.url() + "\">"), html);
        assertTrue(html.contains("href=\"#main\""), "skip link");
        assertTrue(html.contains("最新政策文件"));
        assertTrue(html.contains("href=\"/policies/"), "links to a policy");
    }

    @Test
    void everyListingLinksToDetailPagesThatRender() {
        for (String section : new String[] {"/cases", "/policies", "/bulletins"}) {
            HttpResponse<String> listing = site.get(section);
            assertEquals(200, listing.statusCode(), section);
            Matcher link = FIRST_LINK.matcher(listing.body());
            assertTrue(link.find(), "a listed item in " + section);
            HttpResponse<String> detail = site.get(link.group(1));
            assertEquals(200, detail.statusCode(), link.group(1));
            assertEquals(1, count(detail.body(), "<h1"), "one h1 on " + link.group(1));
            assertTrue(detail.body().contains("rel=\"canonical\" href=\"" + site.url().resolve(link.group(1)) + "\""),
                    "canonical link on " + link.group(1));
        }
    }

    @Test
    void policyPageShowsItsMetadataAndRepairedParagraphs() {
        String url = firstHitUrl("type=policy&q=" + RunningSite.encode("云法治委〔2022〕2号"));
        String html = site.get(url).body();
        assertTrue(html.contains("文号</dt><dd>云法治委〔2022〕2号</dd>"), html);
        assertTrue(html.contains("发布机关"));
        assertTrue(html.contains("时效性"));
        assertTrue(html.contains("成文日期</dt><dd><time datetime=\"2022\">2022年</time>（未注明具体日期，年份据文号）"),
                "the year of its own 文号 stands in for the 成文日期 it does not print: " + html);
        String dated = site.get(firstHitUrl("type=policy&q=" + RunningSite.encode("规范执行行为专项整治行动"))).body();
        assertTrue(dated.contains("<time datetime=\"2017\">2017年</time>前后（未注明成文日期，据正文所述时间推断）"), dated);

        String joined = site.get(firstHitUrl("type=policy&q=" + RunningSite.encode("政务诚信 诉讼执行协调机制"))).body();
        assertTrue(VisibleText.of(joined).contains("推送失信被执行人信息，通报基本案情"),
                "the paragraph split by a page break is whole again");
    }

    @Test
    void bulletinStatisticsAreARealTable() {
        HttpResponse<String> listing = site.get("/bulletins");
        Matcher link = FIRST_LINK.matcher(listing.body());
        boolean foundTable = false;
        while (link.find() && !foundTable) {
            String html = site.get(link.group(1)).body();
            foundTable = html.contains("<table");
            if (foundTable) {
                assertTrue(html.contains("<caption"));
                assertTrue(html.contains("<th scope=\"col\">"));
                assertTrue(html.contains("<th scope=\"row\">"));
            }
        }
        assertTrue(foundTable, "a demo bulletin with statistics");
    }

    @Test
    void everyFooterLinkOpensAPageInTheSiteLayout() {
        String footer = site.get("/").body().split("<footer", 2)[1];
        Matcher link = Pattern.compile("href=\"(/[a-z]+)\"").matcher(footer);
        int pages = 0;
        while (link.find()) {
            HttpResponse<String> page = site.get(link.group(1));
            assertEquals(200, page.statusCode(), link.group(1));
            if (page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                assertTrue(page.body().contains("class=\"skip-link\""), link.group(1) + " uses the site layout");
                assertEquals(1, page.body().split("<h1").length - 1, link.group(1) + " has one h1");
                pages++;
            }
        }
        assertTrue(pages >= 3, "the bundled plugins link their pages from the footer");
    }

    @Test
    void unknownSlugsAndAddressesAreAChineseNotFoundPage() {
        for (String path : new String[] {"/cases/no-such-case", "/policies/nope", "/bulletins/x", "/no/such/page",
                "/cases?page=999"}) {
            HttpResponse<String> response = site.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("页面不存在"), path);
            assertTrue(response.body().contains("<html lang=\"zh-CN\">"), path);
        }
    }

    @Test
    void badPageNumbersAreExplainedNotFailed() {
        HttpResponse<String> response = site.get("/policies?page=abc");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("参数 page 必须是"));
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void stylesheetsAreServedFromTheSiteWithCacheHeaders() {
        HttpResponse<String> css = site.get("/static/css/site.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertFalse(site.get("/").body().contains("//cdn"), "no CDN");
    }

    private static String firstHitUrl(String query) {
        String body = site.get("/api/v1/search?" + query).body();
        Matcher url = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(body);
        assertTrue(url.find(), "a hit for " + query + ": " + body);
        return url.group(1);
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void aCaseNumberStoredInAnyBracketsIsShownInTheOfficialForm() {
        String page = VisibleText.of(site.get("/cases/demo-case-refusal-to-execute-crime").body());
        assertTrue(page.contains("（2023）鄂0984执567号"), "stored as [2023]鄂0984执567号: " + page);
    }
}
