package org.gongshi.site;

import static org.gongshi.site.RunningSite.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The search page and the JSON API over the demo content. */
class SearchIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @Test
    void aKnownPhraseFindsItsDocumentHighlighted() {
        HttpResponse<String> page = site.get("/search?q=" + encode("规范执行行为专项整治"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<mark>"), "highlighted match");
        assertTrue(VisibleText.of(page.body()).contains("关于开展规范执行行为专项整治行动的工作方案"), "the right document");
        assertTrue(page.body().contains("class=\"facets\""), "facets shown");
    }

    @Test
    void theChosenOrderIsShownAndTheOtherIsALink() {
        String byRelevance = site.get("/search?q=" + encode("信用修复")).body();
        String byDate = site.get("/search?q=" + encode("信用修复") + "&order=date").body();

        assertTrue(byRelevance.contains("<strong>按相关度</strong>"), "relevance is the default order");
        assertTrue(byRelevance.contains("order=date"), "a link to order by date");
        assertTrue(byDate.contains("<strong>按日期</strong>"), "date order is shown as chosen");
    }

    @Test
    void facetLinksNarrowTheResults() throws Exception {
        JsonNode all = api("q=" + encode("执行"));
        assertTrue(all.get("total").asLong() > 0);
        JsonNode types = all.get("facets").get("type");
        assertTrue(types.size() >= 1, "type facet");
        String type = types.get(0).get("value").asText();
        JsonNode narrowed = api("q=" + encode("执行") + "&type=" + type);
        assertEquals(types.get(0).get("count").asLong(), narrowed.get("total").asLong());
        narrowed.get("hits").forEach(hit -> assertEquals(type, hit.get("type").asText()));

        HttpResponse<String> page = site.get("/search?q=" + encode("执行"));
        assertTrue(page.body().contains("href=\"/search?q=%E6%89%A7%E8%A1%8C&amp;type=" + type + "\""), page.body());
    }

    @Test
    void apiAnswersTheDocumentedShape() throws Exception {
        HttpResponse<String> response = site.get("/api/v1/search?q=" + encode("执行") + "&size=2&order=date");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.get("total").asLong() >= 2);
        assertEquals(2, body.get("hits").size());
        JsonNode hit = body.get("hits").get(0);
        for (String field : new String[] {"type", "title", "url", "snippet", "date"}) {
            assertTrue(hit.has(field), field);
        }
        assertTrue(hit.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), "ISO 8601 date");
        JsonNode type = body.get("facets").get("type").get(0);
        assertTrue(type.has("value") && type.has("label") && type.has("count"));
    }

    @Test
    void invalidParametersAreProblemDetailsInChinese() throws Exception {
        for (String query : new String[] {"type=nonsense", "page=0", "page=abc", "size=51", "order=random", "foo=1",
                "year=20x3"}) {
            HttpResponse<String> response = site.get("/api/v1/search?q=a&" + query);
            assertEquals(400, response.statusCode(), query);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), query);
            JsonNode problem = JSON.readTree(response.body());
            assertEquals(400, problem.get("status").asInt());
            assertTrue(problem.has("type") && problem.has("title"), query);
            assertTrue(problem.get("detail").asText().contains("参数"), query + ": " + problem);
        }
    }

    @Test
    void oddQueriesNeverFailTheServer() {
        String[] queries = {"", "x".repeat(10_000), "title:*", "\"unbalanced", "AND", "OR NOT", "*", "?", "(", ")",
                "a\u0000b\u0007c", "\\", "~1", "[1 TO 2]", "执行 AND", "-", "+", "%", "\uD800"};
        for (String query : queries) {
            for (String path : new String[] {"/search?q=", "/api/v1/search?q="}) {
                HttpResponse<String> response = site.get(path + encode(query));
                assertTrue(response.statusCode() < 500, path + query.substring(0, Math.min(20, query.length())));
            }
        }
    }

    @Test
    void overlongQueriesAreShortenedWithANotice() {
        HttpResponse<String> page = site.get("/search?q=" + encode("执行".repeat(300)));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("查询内容过长"));
    }

    @Test
    void emptyQueryAsksForInputAndNothingFoundIsExplained() {
        assertTrue(site.get("/search").body().contains("请输入要查找的关键词"));
        assertTrue(site.get("/search?q=" + encode("量子纠缠超导体")).body().contains("没有找到相关内容"));
    }

    private static JsonNode api(String query) throws Exception {
        HttpResponse<String> response = site.get("/api/v1/search?" + query);
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.body().isEmpty());
        return JSON.readTree(response.body());
    }

    @Test
    void aQueryThatLooksLikeADebtorLookupOffersIt() {
        String name = site.get("/search?q=" + RunningSite.encode("王某甲")).body();
        assertTrue(name.contains("href=\"/listings?name=" + RunningSite.encode("王某甲") + "\""), name);
        assertTrue(name.contains("在失信被执行人名单中查询「王某甲」"), name);

        String caseNumber = site.get("/search?q=" + RunningSite.encode("（2023）京0105执1234号")).body();
        assertTrue(caseNumber.contains("href=\"/listings?caseNo="), caseNumber);

        String number = site.get("/search?q=11010519491231002X").body();
        assertTrue(number.contains("<form action=\"/listings\" method=\"post\">"), "a number is posted, not linked");
        assertFalse(number.contains("/listings?id="), number);

        String topic = site.get("/search?q=" + RunningSite.encode("信用修复")).body();
        assertFalse(topic.contains("在失信被执行人名单中查询"), "a topic that finds documents is no lookup");
        String nothing = site.get("/search?q=" + RunningSite.encode("琉璃瓦厂房租赁纠纷")).body();
        assertTrue(nothing.contains("在失信被执行人名单中查询「琉璃瓦厂房租赁纠纷」"), "found nothing: try the list");
    }
}
