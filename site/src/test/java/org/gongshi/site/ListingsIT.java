package org.gongshi.site;

import static org.gongshi.site.ListingFixture.BUREAU;
import static org.gongshi.site.ListingFixture.ENTERPRISE;
import static org.gongshi.site.ListingFixture.HOSPITAL;
import static org.gongshi.site.ListingFixture.PERSON;
import static org.gongshi.site.ListingFixture.PERSON_ID;
import static org.gongshi.site.ListingFixture.SHORT_NAME_PERSON;
import static org.gongshi.site.RunningSite.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A reader looks up the list of dishonest judgment debtors and 政务失信 on the running site. */
class ListingsIT {
    private static final Pattern FULL_ID = Pattern.compile("[0-9]{17}[0-9Xx]");

    static Map<String, String> ids;

    /** The fixture goes in before the site starts, so the indexes hold it once /healthz says ready. */
    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo(data -> ids = ListingFixture.load(data));

    @Test
    void aNameFindsTheListingInATableWithTheIdMasked() {
        HttpResponse<String> response = site.get("/listings?name=" + encode(PERSON));
        assertEquals(200, response.statusCode());
        String text = VisibleText.of(response.body());
        assertTrue(text.contains("共找到 1 条"), text);
        assertTrue(text.contains("1101051949****002X"), text);
        assertTrue(text.contains("（2023）京0105执1234号") && text.contains("北京市朝阳区人民法院"), text);
        assertTrue(text.contains("2024年3月1日"), text);
        assertTrue(response.body().contains("href=\"/listings/" + ids.get(PERSON) + "?from="), response.body());
        assertTrue(response.body().contains("<th scope=\"col\">身份证号码/组织机构代码</th>"), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void oneAndTwoCharacterNamesFindTheirListings() {
        String one = VisibleText.of(site.get("/listings?name=" + encode(SHORT_NAME_PERSON)).body());
        assertTrue(one.contains("上海市浦东新区人民法院"), one);
        String two = VisibleText.of(site.get("/listings?name=" + encode("琥珀")).body());
        assertTrue(two.contains(PERSON) && two.contains(ENTERPRISE) && two.contains(BUREAU), two);
        assertFalse(two.contains("上海市浦东新区人民法院"), two);
    }

    @Test
    void aCaseNumberInAnyBracketFormFindsItsListingWithoutAName() {
        for (String form : List.of("(2023)京0105执1234号", "〔2023〕京0105执1234号", "[2023]京0105执1234号",
                "【2023】京0105执1234号", "（２０２３）京0105执1234号")) {
            String text = VisibleText.of(site.get("/listings?caseNo=" + encode(form)).body());
            assertTrue(text.contains("共找到 1 条") && text.contains(PERSON), form + ": " + text);
        }
    }

    @Test
    void aFullIdNumberIsPostedFindsThePersonAndIsNeverInTheAddressOrThePage() {
        StaffClient reader = site.staffClient();
        assertTrue(reader.get("/listings").body().contains("method=\"post\""), "the form posts");

        HttpResponse<String> response = reader.post("/listings", Map.of("id", PERSON_ID.toLowerCase()));

        String text = VisibleText.of(response.body());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(null, response.uri().getRawQuery(), "nothing in the address");
        assertTrue(text.contains("共找到 1 条") && text.contains(PERSON), text);
        assertTrue(text.contains("号码不会出现在网址中，也不会填回表单"), text);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(response.body().toUpperCase().contains(PERSON_ID), "the number typed is not echoed");
        assertFalse(FULL_ID.matcher(response.body()).find(), response.body());
    }

    @Test
    void aQueryWithoutANumberIsPostedOnToItsLinkableAddress() {
        HttpResponse<String> response = postQuery(Map.of("name", PERSON, "id", " "));

        assertEquals(303, response.statusCode());
        assertEquals("/listings?name=" + encode(PERSON), response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aNumberInTheAddressIsNeitherSearchedNorEchoed() {
        HttpResponse<String> response = site.get("/listings?name=" + encode(PERSON) + "&id=" + PERSON_ID);

        assertEquals(400, response.statusCode());
        assertFalse(response.body().contains(PERSON_ID), response.body());
        assertTrue(VisibleText.of(response.body()).contains("证件号码不能放在网址中"), response.body());
        assertTrue(response.body().contains("value=\"" + PERSON + "\""), "the name is refilled");
        assertFalse(response.body().contains("<table"), "nothing was searched");
    }

    @Test
    void aPostedQueryWithoutTheFormTokenIsRefused() {
        assertEquals(403, postQuery(Map.of("_csrf", "forged", "id", PERSON_ID)).statusCode());
    }

    @Test
    void theLookupForgivesWhatPeopleType() {
        String byProvince = VisibleText.of(site.get("/listings?name=" + encode(PERSON) + "&province="
                + encode("北京市")).body());
        assertTrue(byProvince.contains("共找到 1 条"), "北京市 is the 北京 the list files under: " + byProvince);
        String caseInName = VisibleText.of(site.get("/listings?name=" + encode(ListingFixture.PERSON_CASE)).body());
        assertTrue(caseInName.contains("共找到 1 条") && caseInName.contains(PERSON), caseInName);
        String bareYear = VisibleText.of(site.get("/listings?caseNo=" + encode("2023京0105执1234号")).body());
        assertTrue(bareYear.contains("共找到 1 条"), "a 案号 without brackets: " + bareYear);

        HttpResponse<String> idInName = postQuery(Map.of("name", PERSON_ID));
        assertEquals(200, idInName.statusCode(), "an ID number in the name field is looked up as one");
        assertTrue(VisibleText.of(idInName.body()).contains("共找到 1 条"), idInName.body());
        assertFalse(idInName.body().contains(PERSON_ID), "and not echoed");

        String partialCourt = VisibleText.of(site.get("/listings?name=" + encode(PERSON) + "&court="
                + encode("朝阳区人民法院")).body());
        assertTrue(partialCourt.contains("共找到 1 条"), "part of the court's name: " + partialCourt);

        HttpResponse<String> masked = postQuery(Map.of("id", "1101051949****002X"));
        assertEquals(400, masked.statusCode());
        assertTrue(VisibleText.of(masked.body()).contains("请输入完整的身份证号码"), masked.body());
    }

    @Test
    void eachResultNamesItsDebtorAsTheLinkToTheDetail() {
        String results = "/listings?name=" + encode(PERSON);
        String page = site.get(results).body();
        String detail = "/listings/" + ids.get(PERSON) + "?from=" + encode(results);
        assertTrue(page.contains("<a href=\"" + detail + "\">" + PERSON + "</a>"), page);
        assertTrue(page.contains("data-label=\"案号\""), "labels for the card layout on phones");

        String person = site.get(detail).body();
        assertTrue(person.contains("<a href=\"" + results + "\">返回查询</a>"), "back to the same results");
        assertTrue(person.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), "no search engine");
        assertTrue(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), "nor the results");
        String elsewhere = site.get("/listings/" + ids.get(PERSON) + "?from=" + encode("//evil.example/")).body();
        assertTrue(elsewhere.contains("<a href=\"/listings\">返回查询</a>"), "never off the lookup");
    }

    @Test
    void aMissingNameIsExplainedNextToTheFieldAndTheFormIsRefilled() {
        HttpResponse<String> response = site.get("/listings?court=" + encode("北京市朝阳区人民法院"));
        assertEquals(400, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("id=\"listing-name-error\""), body);
        assertTrue(body.contains("aria-describedby=\"listing-name-error listing-name-hint\""), body);
        assertTrue(VisibleText.of(body).contains("请填写被执行人姓名或名称"), body);
        assertTrue(body.contains("value=\"北京市朝阳区人民法院\""), "court refilled: " + body);
    }

    @Test
    void aMalformedIdOrCaseNumberIsExplainedInChineseNextToItsField() {
        HttpResponse<String> id = postQuery(Map.of("name", PERSON, "id", "110105194912310021"));
        assertEquals(400, id.statusCode());
        assertTrue(id.body().contains("id=\"listing-id-error\""), id.body());
        assertTrue(id.body().contains("value=\"" + PERSON + "\""), "name refilled");
        assertFalse(id.body().contains("110105194912310021"), "the number is not refilled");

        HttpResponse<String> caseNumber = site.get("/listings?caseNo=" + encode("京0105执1234号"));
        assertEquals(400, caseNumber.statusCode());
        String error = caseNumber.body().replaceAll("(?s).*id=\"listing-caseNo-error\">([^<]*)<.*", "$1");
        assertTrue(error.contains("案号"), caseNumber.body());
    }

    @Test
    void theDetailShowsTheNationalLabelsInOrderAndNoInternalField() {
        String text = VisibleText.of(site.get("/listings/" + ids.get(PERSON)).body());
        List<String> labels = List.of("被执行人姓名/名称", "性别", "年龄", "身份证号码/组织机构代码", "法定代表人或者负责人姓名",
                "执行法院", "省份", "案号", "执行依据文号", "做出执行依据单位", "立案时间", "生效法律文书确定的义务",
                "被执行人的履行情况", "已履行部分", "未履行部分", "失信被执行人行为具体情形", "发布时间");
        int at = 0;
        for (String label : labels) {
            int found = text.indexOf(label, at);
            assertTrue(found >= at, label + " in order: " + text);
            at = found + label.length();
        }
        assertTrue(text.contains("1101051949****002X") && text.contains("50,000.00 元"), text);
        assertFalse(text.contains("上级主管部门") || text.contains("fixture") || text.contains("2026年3月1日"), text);

        String bureau = VisibleText.of(site.get("/listings/" + ids.get(HOSPITAL)).body());
        assertTrue(bureau.contains("上级主管部门/出资人琥珀市卫生健康局"), bureau);
        assertTrue(bureau.contains("整改状态履行中（自2024年6月1日起）"), bureau);
    }

    @Test
    void anUnknownListingIsNotFound() {
        assertEquals(404, site.get("/listings/no-such-listing").statusCode());
    }

    @Test
    void theApiAnswersTheContractWithTheIdAsDisplayed() {
        HttpResponse<String> response = site.get("/api/v1/listings?name=" + encode(PERSON));
        assertEquals(200, response.statusCode());
        String body = response.body();
        assertTrue(body.startsWith("{\"total\":1,\"totalIsLowerBound\":false,\"items\":[{\"name\":\"" + PERSON + "\",\"idNumber\":\"1101051949****002X\","
                + "\"caseNumber\":\"（2023）京0105执1234号\",\"court\":\"北京市朝阳区人民法院\",\"province\":\"北京\","
                + "\"publishedOn\":\"2024-03-01\",\"expiresOn\":null,\"term\":\"履行完毕后删除\","
                + "\"url\":\"/listings/" + ids.get(PERSON) + "\"}]"), body);
        assertTrue(site.get("/api/v1/listings?id=" + PERSON_ID).body().contains("\"total\":1"));
        HttpResponse<String> posted = site.staffClient().postExactly("/api/v1/listings", Map.of("id", PERSON_ID));
        assertTrue(posted.body().contains("\"total\":1"), "the number in the body, not the address: " + posted.body());
        assertTrue(site.get("/api/v1/listings?caseNo=" + encode("(2023)京0105执1234号")).body().contains("\"total\":1"));
    }

    @Test
    void theCourtFieldSuggestsTheListedCourtsContainingWhatWasTyped() {
        assertEquals("{\"courts\":[\"北京市朝阳区人民法院\"]}", site.get("/api/v1/courts?q=" + encode("朝阳")).body());
        assertEquals("{\"courts\":[]}", site.get("/api/v1/courts?q=" + encode("海淀")).body());
        String page = site.get("/listings?name=" + encode(PERSON) + "&court=" + encode("区人民法院")).body();
        assertTrue(page.contains("list=\"court-suggestions\"") && page.contains("<option value=\"北京市朝阳区人民法院\">")
                && page.contains("<option value=\"广州市天河区人民法院\">"), "the page suggests without JavaScript: " + page);
        for (String bad : List.of("/api/v1/courts", "/api/v1/courts?q=", "/api/v1/courts?q=a&q=b",
                "/api/v1/courts?court=a")) {
            HttpResponse<String> response = site.get(bad);
            assertEquals(400, response.statusCode(), bad);
            assertTrue(response.body().contains("参数 q"), bad + ": " + response.body());
        }
    }

    @Test
    void theApiRefusesBadParametersWithAChineseProblem() {
        Map<String, String> cases = Map.of(
                "/api/v1/listings?name=" + encode(PERSON) + "&bogus=1", "不支持参数 bogus",
                "/api/v1/listings?name=a&name=b", "参数 name 只能出现一次",
                "/api/v1/listings?court=" + encode("北京市朝阳区人民法院"), "请填写被执行人姓名或名称",
                "/api/v1/listings?id=123", "参数 id 有误",
                "/api/v1/listings?caseNo=abc", "参数 caseNo 有误",
                "/api/v1/listings?name=" + encode(PERSON) + "&size=51", "不能超过 50",
                "/api/v1/listings?name=" + encode(PERSON) + "&page=0", "参数 page");
        cases.forEach((path, detail) -> {
            HttpResponse<String> response = site.get(path);
            assertEquals(400, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    path);
            assertTrue(response.body().contains(detail), path + ": " + response.body());
        });
    }

    @Test
    void naturalPersonsAndEnterprisesAreNotInTheGeneralSearchButPublicBodiesAre() {
        for (String name : List.of(PERSON, ENTERPRISE)) {
            assertTrue(site.get("/api/v1/search?q=" + encode(name)).body().contains("\"total\":0"), name);
            assertFalse(VisibleText.of(site.get("/search?q=" + encode(name)).body()).contains(name + "2024"), name);
            assertFalse(site.get("/search?q=" + encode(name)).body().contains("/listings/" + ids.get(name)), name);
            assertTrue(site.get("/api/v1/listings?name=" + encode(name)).body().contains("\"total\":1"), name);
        }
        String bureau = site.get("/api/v1/search?q=" + encode(BUREAU) + "&type=listing").body();
        assertTrue(bureau.contains("\"url\":\"/listings/" + ids.get(BUREAU) + "\""), bureau);
    }

    @Test
    void governmentCreditListsPublicBodiesAndSumsTheLedger() {
        HttpResponse<String> response = site.get("/government-credit");
        assertEquals(200, response.statusCode());
        String body = response.body();
        assertTrue(body.contains(BUREAU) && body.contains(HOSPITAL), body);
        assertFalse(body.contains(PERSON) || body.contains(ENTERPRISE), body);
        String text = VisibleText.of(body.replaceAll("</t[hd]>", " ")).replaceAll("\\s+", " ");
        assertTrue(text.contains("北京 1 2,000.00"), text);
        assertTrue(text.contains("广东 1 1,000.50"), text);
        assertTrue(text.contains("机关 1 2,000.00") && text.contains("事业单位 1 1,000.50"), text);
        assertTrue(text.contains("未履行 1 2,000.00") && text.contains("履行中 1 1,000.50"), text);
        assertTrue(text.contains("合计 2 3,000.50"), text);
        assertTrue(body.contains("<caption>按省份统计</caption>") && body.contains("<th scope=\"row\">合计</th>"), body);
        assertTrue(site.get("/").body().contains("href=\"/government-credit\""), "in the navigation");
    }

    @Test
    void governmentCreditFiltersByProvinceKindAndStatusAndPagesKeepTheFilters() {
        String text = VisibleText.of(site.get("/government-credit?province=" + encode("广东")).body());
        assertTrue(text.contains(HOSPITAL) && !text.contains(BUREAU) && text.contains("共 1 条"), text);
        String byKind = site.get("/government-credit?kind=government-body").body();
        assertTrue(byKind.contains(BUREAU) && !byKind.contains(HOSPITAL), byKind);
        assertTrue(byKind.contains("<option value=\"government-body\" selected>机关</option>"), "the choice is kept");
        assertTrue(byKind.contains("<link rel=\"canonical\" href=\"") && byKind.contains(
                "/government-credit?kind=government-body\">"), "filtered pages are their own address");
        String none = VisibleText.of(site.get("/government-credit?province=" + encode("广东")
                + "&status=not-performed").body());
        assertTrue(none.contains("没有符合筛选条件的政务失信被执行人") && none.contains("清除筛选"), none);
        String provinces = site.get("/government-credit").body();
        assertTrue(provinces.contains("<option value=\"北京\">北京</option>")
                && provinces.contains("<option value=\"广东\">广东</option>")
                && !provinces.contains("<option value=\"上海\">"), "only provinces with public bodies listed");
        for (String bad : List.of("kind=enterprise", "status=gone", "province=" + encode("火星"), "kind=a&kind=b")) {
            HttpResponse<String> response = site.get("/government-credit?" + bad);
            assertEquals(400, response.statusCode(), bad);
            assertTrue(VisibleText.of(response.body()).contains(bad.startsWith("kind=a") ? "只能出现一次"
                    : "请从页面上的选项中选择"), bad + ": " + response.body());
        }
    }

    @Test
    void noResponseEverShowsAFullIdNumber() {
        List<String> paths = new ArrayList<>(List.of("/", "/government-credit", "/listings",
                "/listings?name=" + encode(PERSON), "/listings?name=" + encode("琥珀"),
                "/api/v1/listings?name=" + encode("琥珀"), "/api/v1/search?q=" + encode("琥珀"),
                "/search?q=" + encode("琥珀"), "/listings?caseNo=" + encode(ListingFixture.PERSON_CASE)));
        ids.values().forEach(id -> paths.add("/listings/" + id));
        for (String path : paths) {
            String body = site.get(path).body();
            assertFalse(FULL_ID.matcher(body).find(), path + ": " + body);
        }
    }

    /** The query form as a reader's browser sends it: opened (for its token), filled in, posted. */
    private static HttpResponse<String> postQuery(Map<String, String> fields) {
        StaffClient reader = site.staffClient();
        reader.get("/listings");
        return reader.post("/listings", fields);
    }
}
