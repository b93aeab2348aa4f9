package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.site.StaffClient.FilePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The objections plugin as a citizen and a handler meet it over HTTP: the link on a listing, the form with its
 * checks, the receipt, the status lookup, and the decision that takes the listing down at once.
 */
class ObjectionsIT {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final Pattern SUBMISSION = Pattern.compile("name=\"submission\" value=\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("(YY\\d{6}[0-9A-Z]{6})");
    private static final Pattern CODE = Pattern.compile("查询码</dt><dd class=\"code\">([0-9A-Z ]+)</dd>");

    static Map<String, String> listings;

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo(data -> listings = ListingFixture.load(data));

    @Test
    void aListingLinksToTheFormWhichIsPrefilledWithIt() {
        String id = listings.get(ListingFixture.ENTERPRISE);
        String page = site.get("/listings/" + id).body();
        assertTrue(page.contains("href=\"/objections/new?listing=" + id + "\""), page);
        HttpResponse<String> form = site.get("/objections/new?listing=" + id);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains(ListingFixture.ENTERPRISE), "the listing it is about");
        assertTrue(form.body().contains("class=\"skip-link\"") && form.body().contains("site-nav"), "site layout");
        assertTrue(form.headers().firstValue("Set-Cookie").orElse("").contains("HttpOnly"), "form token cookie");
    }

    @Test
    void wrongFieldsComeBackWithMessagesAndTheFormRefilled() {
        StaffClient citizen = site.staffClient();
        String token = openForm(citizen, ListingFixture.ENTERPRISE);

        HttpResponse<String> response = citizen.postMultipart("/objections/new", Map.of("submission", token,
                "listing", listings.get(ListingFixture.ENTERPRISE), "name", "琥珀李", "identifier", "110105194912310021",
                "relationship", "LEGAL_REPRESENTATIVE", "phone", "12345", "reason", "太短"), List.of());

        assertEquals(422, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("请选择异议的理由。"), page);
        assertTrue(page.contains("请填写 11 位手机号码"), page);
        assertTrue(page.contains("至少 10 个字"), page);
        assertTrue(page.contains("提交前请阅读并勾选声明。"), page);
        assertTrue(page.contains("value=\"琥珀李\""), "refilled");
        assertTrue(page.contains(">太短</textarea>"), "refilled");
        assertTrue(page.contains("校验码") || page.contains("身份证"), "the identifier's own message");
    }

    @Test
    void htmlDressedAsPdfAndNamesWithPathsAreRefused() {
        StaffClient citizen = site.staffClient();
        String token = openForm(citizen, ListingFixture.ENTERPRISE);
        Map<String, String> fields = validFields(token, ListingFixture.ENTERPRISE);

        HttpResponse<String> html = citizen.postMultipart("/objections/new", fields,
                List.of(new FilePart("evidence", "证据.pdf", "<html><script>alert(1)</script></html>"
                        .getBytes(StandardCharsets.UTF_8))));
        HttpResponse<String> traversal = citizen.postMultipart("/objections/new", fields,
                List.of(new FilePart("evidence", "../../etc/passwd.pdf", PDF)));

        assertEquals(422, html.statusCode());
        assertTrue(html.body().contains("只接受 PDF、JPEG、PNG 文件"), html.body());
        assertEquals(422, traversal.statusCode());
        assertTrue(traversal.body().contains("文件名含有路径"), traversal.body());
    }

    @Test
    void postsWithoutTheTokenFromAnotherSiteOrOverTheSizeAreRefusedBeforeTheHandler() {
        StaffClient citizen = site.staffClient();
        String token = openForm(citizen, ListingFixture.ENTERPRISE);
        Map<String, String> fields = validFields(token, ListingFixture.ENTERPRISE);

        HttpResponse<String> forged = citizen.postMultipart("/objections/new", Map.of("_csrf", "forged"), List.of());
        HttpResponse<String> crossSite = citizen.postMultipart("/objections/new", fields, List.of(),
                "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> tooLarge = citizen.postMultipart("/objections/new", fields,
                List.of(new FilePart("evidence", "a.pdf", new byte[52 * 1024 * 1024])));

        assertEquals(403, forged.statusCode());
        assertEquals(403, crossSite.statusCode());
        assertTrue(crossSite.body().contains("不是从本站页面提交的"), crossSite.body());
        assertEquals(413, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("上限"), tooLarge.body());
    }

    @Test
    void aFilingIsReceivedOnceFollowedByCodeAndUpheldByAHandlerWhichTakesTheListingDown() {
        StaffClient citizen = site.staffClient();
        String token = openForm(citizen, ListingFixture.PERSON);
        Map<String, String> fields = validFields(token, ListingFixture.PERSON);
        List<FilePart> files = List.of(new FilePart("evidence", "银行回单.pdf", PDF));

        HttpResponse<String> receipt = citizen.postMultipart("/objections/new", fields, files);
        HttpResponse<String> again = citizen.postMultipart("/objections/new", fields, files);

        assertEquals(200, receipt.statusCode(), receipt.body());
        String number = find(NUMBER, receipt.body());
        String code = find(CODE, receipt.body());
        assertEquals(number, find(NUMBER, again.body()), "the same form twice is one request");
        assertEquals(code, find(CODE, again.body()));
        assertEquals("no-store", receipt.headers().firstValue("Cache-Control").orElse(""));

        StaffClient stranger = site.staffClient();
        stranger.get("/objections/status");
        HttpResponse<String> wrongCode = stranger.post("/objections/status", Map.of("number", number, "code",
                "0000 0000 0000 0000 0000 0000 00"));
        HttpResponse<String> unknownNumber = stranger.post("/objections/status", Map.of("number", "YY260101ABCDEF",
                "code", code));
        assertEquals(VisibleText.of(wrongCode.body()), VisibleText.of(unknownNumber.body()),
                "a wrong code reveals nothing, not even that the number exists");
        assertFalse(wrongCode.body().contains(ListingFixture.PERSON));

        citizen.get("/objections/status");
        HttpResponse<String> status = citizen.post("/objections/status", Map.of("number", number.toLowerCase(),
                "code", code));
        assertEquals(200, status.statusCode(), status.body());
        assertTrue(status.body().contains("已提交，等待受理"), status.body());
        assertTrue(status.body().contains("银行回单.pdf"));
        assertFalse(status.body().contains(ListingFixture.PERSON_ID), "the applicant's number only masked");

        site.addStaff("handler-one", "objection handler password", "objections.handler");
        StaffClient handler = site.staffClient();
        assertEquals(303, handler.signIn("handler-one", "objection handler password").statusCode());
        String queue = handler.get("/admin/objections").body();
        assertTrue(queue.contains(number), queue);
        String detail = handler.get("/admin/objections/" + number).body();
        assertTrue(detail.contains(ListingFixture.PERSON_ID), "staff see the applicant's full number");
        HttpResponse<String> evidence = handler.get("/admin/objections/" + number + "/evidence/1");
        assertEquals(200, evidence.statusCode());
        assertTrue(evidence.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        step(handler, number, "ACCEPT", Map.of());
        step(handler, number, "START_REVIEW", Map.of());
        String listing = "/listings/" + listings.get(ListingFixture.PERSON);
        String lookup = "/listings?name=" + RunningSite.encode(ListingFixture.PERSON);
        awaitTrue(() -> site.get(lookup).body().contains(listing), "listed before the decision");
        step(handler, number, "UPHOLD", Map.of("remedy", "DELETE", "deletionGround", "PERFORMED",
                "note", "已提交全部清偿的银行回单。"));

        assertEquals(410, site.get(listing).statusCode(), "gone from the public page as soon as the decision commits");
        awaitTrue(() -> !site.get(lookup).body().contains(listing), "gone from /listings");
        String closed = handler.get("/admin/objections/" + number).body();
        assertTrue(closed.contains("<strong>异议成立，已纠正</strong>"), "the deletion was the correction: " + closed);
        assertFalse(closed.contains("value=\"COMPLETE\""), "no 纠正完毕 step to take");
        assertFalse(closed.contains("本环节期限"), "no deadline left");
        assertTrue(closed.contains("handler-one：决定：成立，删除失信信息（异议成立，已纠正）：已提交全部清偿的银行回单。"),
                "办理记录 says the decision deleted the listing: " + closed);
        HttpResponse<String> decided = citizen.post("/objections/status", Map.of("number", number, "code", code));
        assertTrue(decided.body().contains("<strong>异议成立，已纠正</strong>"), decided.body());
        assertTrue(decided.body().contains("决定：成立，删除失信信息（异议成立，已纠正）：已提交全部清偿的银行回单。"),
                "the decision and its reasons among the steps");
        assertFalse(decided.body().contains("纠正期限"), decided.body());
        assertTrue(decided.body().contains("申请复核"), "the appeal form within the window");
    }

    @Test
    void anUnboundedCorrectedAmountIsRefusedAndTheSiteKeepsWriting() {
        StaffClient citizen = site.staffClient();
        Map<String, String> fields = new java.util.HashMap<>(validFields(openForm(citizen, ListingFixture.ENTERPRISE),
                ListingFixture.ENTERPRISE));
        fields.put("ground", "INACCURATE");
        fields.put("reason", "已履行的金额记载有误，应为全部履行，附银行回单。");
        HttpResponse<String> receipt = citizen.postMultipart("/objections/new", fields, List.of());
        assertEquals(200, receipt.statusCode(), receipt.body());
        String number = find(NUMBER, receipt.body());
        site.addStaff("handler-two", "objection handler password", "objections.handler");
        StaffClient handler = site.staffClient();
        handler.signIn("handler-two", "objection handler password");
        step(handler, number, "ACCEPT", Map.of());
        step(handler, number, "START_REVIEW", Map.of());

        for (String hostile : List.of("1E+999999999", "1E+30", "NaN", "-1", "123456789012345678901234567890")) {
            HttpResponse<String> refused = handler.post("/admin/objections/" + number, Map.of(
                    "action", "UPHOLD", "version", version(handler, number), "remedy", "CORRECT",
                    "correctPerformed", hostile, "note", "金额更正。"));
            assertEquals(422, refused.statusCode(), hostile + ": " + refused.body());
            assertTrue(refused.body().contains("更正后的已履行部分有误"), refused.body());
        }

        assertEquals(200, site.get("/healthz").statusCode(), "the writer is not stuck");
        step(handler, number, "UPHOLD", Map.of("remedy", "CORRECT", "correctPerformed", "1,000.50",
                "note", "金额更正。"));
        String corrected = handler.get("/admin/objections/" + number).body();
        assertTrue(corrected.contains("决定：成立，更正公布的信息（异议成立，正在纠正）"), corrected);
        assertTrue(corrected.contains("value=\"COMPLETE\""), "a correction keeps its 纠正完毕 step");
        assertEquals(303, site.staffClient().signIn("handler-two", "objection handler password").statusCode(),
                "staff can still sign in");
        String record = handler.get("/admin/objections/" + number).body();
        record = record.substring(record.indexOf("办理记录"));
        assertTrue(record.matches("(?s).*<time datetime=\"[^\"]+\">\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}</time>.*"),
                "办理记录 in Beijing time, as the site writes dates: " + record);
    }

    @Test
    void aDecisionWithMistakesComesBackOnItsOwnPageWithEverythingAsTyped() {
        StaffClient handler = handler("handler-three");
        String number = underReview(handler, ListingFixture.ENTERPRISE);
        String page = "/admin/objections/" + number;
        assertTrue(handler.get(page).body().contains("<form class=\"admin-form\" action=\"" + page
                + "\" method=\"post\">"), "the step forms post to the page they are on");

        HttpResponse<String> wrongAmount = handler.post(page, Map.of("action", "UPHOLD", "version",
                version(handler, number), "remedy", "CORRECT", "correctName", "琥珀钱有限公司", "correctPerformed", "一千元",
                "correctConduct", "有履行能力而拒不履行", "note", "名称与营业执照不符，\n应予更正。"));

        assertEquals(422, wrongAmount.statusCode());
        String body = wrongAmount.body();
        assertTrue(body.contains("<a href=\"#UPHOLD-correctPerformed\">更正后的已履行部分有误：金额应为数字"), body);
        assertTrue(body.contains("id=\"UPHOLD-correctPerformed\" name=\"correctPerformed\" value=\"一千元\""), body);
        assertTrue(body.contains("name=\"correctName\" value=\"琥珀钱有限公司\""), "refilled");
        assertTrue(body.contains("name=\"correctConduct\" value=\"有履行能力而拒不履行\""), "refilled");
        assertTrue(body.contains("value=\"CORRECT\" checked"), "the remedy chosen");
        assertTrue(body.contains(">名称与营业执照不符，\n应予更正。</textarea>"), "the reasons");
        assertTrue(body.contains("<strong>审查中</strong>"), "nothing decided");

        HttpResponse<String> incomplete = handler.post(page, Map.of("action", "UPHOLD", "version",
                version(handler, number), "remedy", "DELETE", "deletionGround", "", "correctPerformed", "一千元",
                "note", " "));

        assertEquals(422, incomplete.statusCode());
        body = incomplete.body();
        assertTrue(body.contains("<a href=\"#UPHOLD-deletionGround\">删除失信信息须选择删除事由"), body);
        assertTrue(body.contains("<a href=\"#UPHOLD-note\">请写明决定的理由。"), body);
        assertFalse(body.contains("已履行部分有误"), "a deletion ignores the correction fields");
        assertTrue(body.contains("value=\"DELETE\" checked"), body);

        HttpResponse<String> noReasons = handler.post(page, Map.of("action", "UPHOLD", "version",
                version(handler, number), "remedy", "DELETE", "deletionGround", "PERFORMED"));
        assertEquals(422, noReasons.statusCode());
        assertTrue(noReasons.body().contains("<option value=\"PERFORMED\" selected>"), "the ground chosen");

        HttpResponse<String> rejection = handler.post(page, Map.of("action", "REJECT", "version",
                version(handler, number)));
        assertEquals(422, rejection.statusCode());
        assertTrue(rejection.body().contains("<a href=\"#REJECT-note\">请写明决定的理由。"), rejection.body());
        assertTrue(rejection.body().contains("id=\"REJECT-note\" name=\"note\" rows=\"4\" aria-invalid=\"true\""),
                rejection.body());

        HttpResponse<String> fullNumber = handler.post(page, Map.of("action", "UPHOLD", "version",
                version(handler, number), "remedy", "CORRECT", "correctConduct", "身份证 " + ListingFixture.PERSON_ID,
                "note", "情形有误。"));
        assertEquals(422, fullNumber.statusCode(), "the listings' last guard is a message, not an error page");
        assertTrue(fullNumber.body().contains("只能保存遮蔽后的号码"), fullNumber.body());
        assertTrue(fullNumber.body().contains(">情形有误。</textarea>"), "refilled");
        assertTrue(fullNumber.body().contains("<strong>审查中</strong>"), "the decision rolled back");
    }

    @Test
    void aStepNeedsItsActorsPermissionThoughThePageAcceptsPostsFromEveryoneWhoReadsIt() {
        StaffClient citizen = site.staffClient();
        HttpResponse<String> receipt = citizen.postMultipart("/objections/new", validFields(openForm(citizen,
                ListingFixture.ENTERPRISE), ListingFixture.ENTERPRISE), List.of());
        String number = find(NUMBER, receipt.body());
        site.addStaff("reconsider-one", "objection reconsider password", "objections.reconsider");
        StaffClient reconsiderer = site.staffClient();
        assertEquals(303, reconsiderer.signIn("reconsider-one", "objection reconsider password").statusCode());
        assertFalse(reconsiderer.get("/admin/objections/" + number).body().contains("value=\"ACCEPT\""),
                "not offered");

        HttpResponse<String> refused = reconsiderer.post("/admin/objections/" + number, Map.of("action", "ACCEPT",
                "version", "1", "note", "越权受理"));

        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("您没有“受理”的权限。"), refused.body());
        assertTrue(reconsiderer.get("/admin/objections/" + number).body().contains("<strong>已提交，等待受理</strong>"));
    }

    @Test
    void theStatisticsPageHasATableAndAChart() {
        StaffClient citizen = site.staffClient();
        assertEquals(200, citizen.postMultipart("/objections/new", validFields(openForm(citizen,
                ListingFixture.ENTERPRISE), ListingFixture.ENTERPRISE), List.of()).statusCode(), "one request at least");
        HttpResponse<String> stats = site.get("/objections/stats");
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("<svg class=\"chart\""));
        assertTrue(stats.body().contains("<caption id=\"stats-caption\">"));
        assertFalse(stats.body().contains("style="), "no inline style: the CSP forbids it");
    }

    private static void step(StaffClient handler, String number, String action, Map<String, String> more) {
        Map<String, String> form = new java.util.HashMap<>(more);
        form.put("action", action);
        form.put("version", version(handler, number));
        HttpResponse<String> response = handler.post("/admin/objections/" + number, form);
        assertEquals(303, response.statusCode(), action + ": " + response.body());
    }

    private static StaffClient handler(String name) {
        site.addStaff(name, "objection handler password", "objections.handler");
        StaffClient handler = site.staffClient();
        assertEquals(303, handler.signIn(name, "objection handler password").statusCode());
        return handler;
    }

    /** A new objection about {@code listed}, accepted and under review. */
    private static String underReview(StaffClient handler, String listed) {
        StaffClient citizen = site.staffClient();
        HttpResponse<String> receipt = citizen.postMultipart("/objections/new", validFields(openForm(citizen, listed),
                listed), List.of());
        assertEquals(200, receipt.statusCode(), receipt.body());
        String number = find(NUMBER, receipt.body());
        step(handler, number, "ACCEPT", Map.of());
        step(handler, number, "START_REVIEW", Map.of());
        return number;
    }

    private static String version(StaffClient handler, String number) {
        return find(Pattern.compile("name=\"version\" value=\"(\\d+)\""),
                handler.get("/admin/objections/" + number).body());
    }

    private static String openForm(StaffClient citizen, String listed) {
        return find(SUBMISSION, citizen.get("/objections/new?listing=" + listings.get(listed)).body());
    }

    private static Map<String, String> validFields(String token, String listed) {
        return Map.of("submission", token, "listing", listings.get(listed), "ground", "SHOULD_BE_DELETED",
                "name", "琥珀张", "identifier", ListingFixture.PERSON_ID, "relationship", "SELF",
                "phone", "13800138000", "reason", "我已于2025年6月全部清偿，附银行回单，请删除失信信息。",
                "declaration", "yes");
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " within 5 s");
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what, e);
            }
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher.group(1);
    }
}
