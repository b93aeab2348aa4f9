package org.gongshi.site;

import static org.gongshi.site.StaffClient.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.content.Status;
import org.gongshi.content.audit.AuditEntry;
import org.gongshi.content.audit.AuditFilter;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.cases.CaseRepository;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.editorial.EditorialItem;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.site.plugins.PluginJar;
import org.gongshi.site.web.ChineseDates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff write, review, schedule, publish, archive, compare and restore typical cases through the back office. */
class EditorialScreensIT {
    private static final String PASSWORD = "编辑和审核员的密码 correct horse";
    /** In the title of every case sent for review here, and in no demo content. */
    private static final String TITLE_WORD = "琥珀犀牛";

    /** A plugin with two items waiting for review: one for reviewers, one for a role of its own. */
    private static final String QUEUE_PLUGIN = """
            package example;
            import java.time.Instant;
            import java.util.List;
            import org.gongshi.plugin.ReviewItem;
            public final class QueuePlugin implements org.gongshi.plugin.SitePlugin {
                public String id() { return "queued"; }
                public List<ReviewItem> reviewQueue() {
                    return List.of(
                            new ReviewItem("问答", "插件送审的问答", Instant.parse("2020-01-01T02:00:00Z"), null,
                                    "/admin/queued/1", "content.review"),
                            new ReviewItem("问答", "只有插件角色可见的问答", Instant.parse("2020-01-01T02:00:00Z"),
                                    "editor-li", "/admin/queued/2", "queued.answers"));
                }
            }
            """;

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo(data -> PluginJar.write(
            DataDirectory.prepare(data).plugins().resolve("queued.jar"), "QueuePlugin", QUEUE_PLUGIN));

    @BeforeAll
    static void accounts() {
        site.addStaff("editor-li", PASSWORD, "editor");
        site.addStaff("reviewer-wang", PASSWORD, "reviewer");
    }

    @Test
    void anEditorWritesADraftAndSubmitsItForReview() {
        StaffClient editor = signedIn("editor-li");
        assertEquals(200, editor.get("/admin/cases/new").statusCode());

        HttpResponse<String> created = editor.post("/admin/cases/new", caseForm("draft-submitted", "提交审核的案例"));

        assertEquals(303, created.statusCode(), created.body());
        assertEquals("/admin/cases/draft-submitted?done=created", location(created));
        HttpResponse<String> page = editor.get(location(created));
        assertTrue(page.body().contains("已新建草稿。"));
        assertEquals(Status.DRAFT, stored("draft-submitted").status());

        HttpResponse<String> submitted = editor.post("/admin/cases/draft-submitted/submit", Map.of("revision", "1"));

        assertEquals(303, submitted.statusCode(), submitted.body());
        assertTrue(editor.get(location(submitted)).body().contains("已提交审核。"));
        assertEquals(Status.IN_REVIEW, stored("draft-submitted").status());
        assertEquals(404, site.get("/cases/draft-submitted").statusCode(), "not public before it is approved");
        assertTrue(audited("content.create", "draft-submitted") && audited("content.submit", "draft-submitted"));
        assertTrue(signedIn("reviewer-wang").get("/admin").body().contains("待审核的内容"), "the reviewer's dashboard");
    }

    @Test
    void anEditorCannotApprove() {
        StaffClient editor = signedIn("editor-li");
        inReview(editor, "editor-cannot-approve");

        HttpResponse<String> refused = editor.post("/admin/cases/editor-cannot-approve/approve",
                Map.of("revision", "2", "publish_at", ""));

        assertEquals(403, refused.statusCode());
        assertEquals(Status.IN_REVIEW, stored("editor-cannot-approve").status());
    }

    @Test
    void approvedForATimePassedItIsPublicAndSearchableWithinASecond() throws InterruptedException {
        inReview(signedIn("editor-li"), "approved-now");
        StaffClient reviewer = signedIn("reviewer-wang");
        assertFalse(reviewer.get("/admin/cases/approved-now").body().contains("<textarea"), "read-only for reviewers");

        HttpResponse<String> approved = approve(reviewer, "approved-now", "2020-01-01T10:00");

        assertEquals(303, approved.statusCode(), approved.body());
        assertEquals("/admin/cases/approved-now?done=published", location(approved));
        assertEquals(200, site.get("/cases/approved-now").statusCode());
        assertTrue(searchShows("/cases/approved-now", true), "searchable within a second");
        assertTrue(audited("content.approve", "approved-now"));
    }

    @Test
    void scheduledForLaterItStaysOffThePublicSite() {
        inReview(signedIn("editor-li"), "scheduled-later");

        HttpResponse<String> approved = approve(signedIn("reviewer-wang"), "scheduled-later", "2099-01-01T10:00");

        assertEquals("/admin/cases/scheduled-later?done=scheduled", location(approved));
        EditorialItem<TypicalCase> item = stored("scheduled-later");
        assertEquals(Status.SCHEDULED, item.status());
        assertEquals("2099-01-01T02:00:00Z", item.publishAt().toString(), "typed in Beijing time");
        String page = signedIn("reviewer-wang").get("/admin/cases/scheduled-later").body();
        assertTrue(page.contains("2099年1月1日 10:00"), page);
        assertEquals(404, site.get("/cases/scheduled-later").statusCode());
    }

    @Test
    void archivedItIsGoneFromThePublicSite() throws InterruptedException {
        inReview(signedIn("editor-li"), "archived-later");
        StaffClient reviewer = signedIn("reviewer-wang");
        approve(reviewer, "archived-later", "");
        assertEquals(200, site.get("/cases/archived-later").statusCode());
        reviewer.get("/admin/cases/archived-later");

        HttpResponse<String> withoutReason = reviewer.post("/admin/cases/archived-later/archive",
                Map.of("revision", "3", "reason", " "));
        assertEquals(422, withoutReason.statusCode());
        assertTrue(withoutReason.body().contains("请填写理由"));
        HttpResponse<String> archived = reviewer.post("/admin/cases/archived-later/archive",
                Map.of("revision", "3", "reason", "案件信息有误，暂停公开"));

        assertEquals("/admin/cases/archived-later?done=archived", location(archived));
        assertEquals(404, site.get("/cases/archived-later").statusCode());
        assertTrue(searchShows("/cases/archived-later", false), "gone from the search within a second");
        assertTrue(audited("content.archive", "archived-later"));
    }

    @Test
    void theReviewerReadsTheItemAsItsPublicPageWillPrintIt() {
        StaffClient editor = signedIn("editor-li");
        editor.get("/admin/cases/new");
        Map<String, String> form = caseForm("read-as-published", "按公开页面显示的案例");
        form.put("facts", "# 执行经过\n\n**重点**内容<script>alert('x')</script>");
        form.put("featured", "on");
        assertEquals(303, editor.post("/admin/cases/new", form).statusCode());
        assertEquals(303, editor.post("/admin/cases/read-as-published/submit", Map.of("revision", "1")).statusCode());

        String page = signedIn("reviewer-wang").get("/admin/cases/read-as-published").body();

        assertTrue(page.contains("<article class=\"document\">"), "the public article's stylesheet: " + page);
        assertTrue(page.contains("<section class=\"article-body\"><h2>基本案情</h2><h3>执行经过</h3>\n"
                + "<p><strong>重点</strong>内容</p>"), "headings under the section's own: " + page);
        assertFalse(page.contains("**") || page.contains("<script>alert"), page);
        assertTrue(page.contains("<time datetime=\"2026-03-01\">2026年3月1日</time>"), "dates as the public page");
        assertFalse(VisibleText.of(page).contains("2026-03-01"), "no raw date");
        assertTrue(VisibleText.of(page).replaceAll("\\s+", "").contains("首页推荐是"), "kept off the public page");
    }

    @Test
    void aMoveTheStatusDoesNotAllowIsExplainedAndChangesNothing() {
        StaffClient editor = signedIn("editor-li");
        editor.post("/admin/cases/new", caseForm("still-a-draft", "仍是草稿的案例"));
        StaffClient reviewer = signedIn("reviewer-wang");
        reviewer.get("/admin/cases/still-a-draft");

        HttpResponse<String> refused = reviewer.post("/admin/cases/still-a-draft/archive",
                Map.of("revision", "1", "reason", "试图归档草稿"));

        assertEquals(409, refused.statusCode());
        assertTrue(VisibleText.of(refused.body()).contains("当前状态为“草稿”，不能归档：只有已发布的内容可以归档"),
                refused.body());
        assertEquals(Status.DRAFT, stored("still-a-draft").status());
        assertEquals(1, stored("still-a-draft").revision());
    }

    @Test
    void aRefusedFormComesBackWithTheProblemBesideItsFieldAndSavesNothing() {
        StaffClient editor = signedIn("editor-li");
        editor.get("/admin/cases/new");
        Map<String, String> form = caseForm("Bad Slug", "");
        form.put("case_date", "2026-02-30");

        HttpResponse<String> refused = editor.post("/admin/cases/new", form);

        assertEquals(422, refused.statusCode());
        String body = refused.body();
        assertTrue(body.contains("id=\"field-title-error\">请填写此项。"), body);
        assertTrue(body.contains("id=\"field-slug-error\">网址标识只能由小写英文字母"), body);
        assertTrue(body.contains("id=\"field-case_date-error\">请填写 1900 至 2099 年之间的有效日期"), body);
        assertTrue(body.contains("value=\"测试市中级人民法院\""), "the form comes back as it was sent");
        assertTrue(body.contains("aria-invalid=\"true\""));
        assertNull(stored("Bad Slug"));
    }

    @Test
    void aNewCaseSavedWithoutASlugGetsOneFromItsDateAndTitleNumberedWhenTaken() {
        StaffClient editor = signedIn("editor-li");
        editor.get("/admin/cases/new");
        Map<String, String> form = caseForm("", "COVID-19 期间的执行案例");
        form.put("case_date", "2025-06-30");
        form.put("action", "preview");
        String preview = editor.post("/admin/cases/new", form).body();
        Matcher slugInput = Pattern.compile("<input id=\"field-slug\"[^>]*>").matcher(preview);
        assertTrue(slugInput.find(), preview);
        assertTrue(slugInput.group().contains("placeholder=\"2025-06-30-covid-19\""), "as the form stands");
        assertFalse(slugInput.group().contains(" required"), "an empty slug is no mistake");
        assertTrue(preview.contains("留空则使用按日期和标题生成的 2025-06-30-covid-19"), "the hint says it too");
        form.put("action", "save");

        HttpResponse<String> first = editor.post("/admin/cases/new", form);
        HttpResponse<String> second = editor.post("/admin/cases/new", form);

        assertEquals("/admin/cases/2025-06-30-covid-19?done=created", location(first), first.body());
        assertEquals("/admin/cases/2025-06-30-covid-19-2?done=created", location(second), second.body());
        assertEquals("COVID-19 期间的执行案例", stored("2025-06-30-covid-19-2").title());
        assertTrue(audited("content.create", "2025-06-30-covid-19-2"));
        form.put("slug", "2025-06-30-covid-19");
        HttpResponse<String> typed = editor.post("/admin/cases/new", form);
        assertEquals(422, typed.statusCode(), "a typed slug is checked as before");
        assertTrue(typed.body().contains("该网址标识已被使用"), typed.body());
    }

    @Test
    void anEditCreatesARevisionTheDiffShowsTheChangedLineAndARestoreBringsTheOldTextBack() {
        StaffClient editor = signedIn("editor-li");
        editor.post("/admin/cases/new", caseForm("revised-case", "修订的案例"));
        editor.get("/admin/cases/revised-case");
        Map<String, String> edited = caseForm("revised-case", "修订的案例");
        edited.put("facts", "第一行\n第二行已修改\n第三行");
        edited.put("note", "改正第二行");
        edited.put("revision", "1");

        HttpResponse<String> saved = editor.post("/admin/cases/revised-case", edited);

        assertEquals("/admin/cases/revised-case?done=saved", location(saved));
        String revisions = editor.get("/admin/cases/revised-case/revisions").body();
        assertTrue(revisions.contains("改正第二行") && revisions.contains("editor-li"), revisions);
        String diff = editor.get("/admin/cases/revised-case/diff?from=1&to=2").body();
        assertTrue(diff.contains("基本案情"), "the field's zh-CN label");
        assertTrue(diff.contains("<span class=\"visually-hidden\">删除：</span>第二行</del>"), diff);
        assertTrue(diff.contains("<span class=\"visually-hidden\">新增：</span>第二行已修改</ins>"), diff);

        HttpResponse<String> confirm = editor.get("/admin/cases/revised-case/restore?revision=1");
        assertTrue(confirm.body().contains("确认恢复"));
        HttpResponse<String> restored = editor.post("/admin/cases/revised-case/restore",
                Map.of("revision", "2", "restored", "1"));

        assertEquals("/admin/cases/revised-case?done=restored", location(restored));
        assertEquals("第一行\n第二行\n第三行", stored("revised-case").item().facts());
        assertEquals(3, stored("revised-case").revision());
        assertTrue(audited("content.restore", "revised-case"));

        edited.put("revision", "1");
        HttpResponse<String> stale = editor.post("/admin/cases/revised-case", edited);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("已被更新为第 3 版"), stale.body());
        assertEquals("第一行\n第二行\n第三行", stored("revised-case").item().facts(), "nothing overwritten");
    }

    @Test
    void thePreviewRendersThroughTheSanitizerWithAndWithoutJavaScript() {
        StaffClient editor = signedIn("editor-li");
        editor.get("/admin/cases/new");
        Map<String, String> form = caseForm("previewed-case", "预览的案例");
        form.put("facts", "**重点**<script>alert('x')</script>");
        form.put("action", "preview");

        HttpResponse<String> preview = editor.post("/admin/cases/new", form);

        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("<strong>重点</strong>"), preview.body());
        assertFalse(preview.body().contains("<script>alert"), preview.body());
        assertNull(stored("previewed-case"), "a preview saves nothing");

        HttpResponse<String> live = editor.post("/admin/content/preview",
                Map.of("markdown", "**重点**<script>alert('x')</script>"));
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("<strong>重点</strong>"), live.body());
        assertFalse(live.body().contains("<script") || live.body().contains("alert"), live.body());
    }

    @Test
    void withoutJavaScriptEachMarkdownFieldLinksToTheUploadPage() {
        String form = signedIn("editor-li").get("/admin/cases/new").body();

        assertEquals(3, form.split("<a href=\"/admin/uploads\" target=\"_blank\" rel=\"noopener\">", -1).length - 1,
                "基本案情, 执行情况 and 典型意义: " + form);
        assertTrue(form.matches("(?s).*<fieldset class=\"markdown-upload\" data-upload-for=\"field-facts\"[^>]*"
                + " hidden>.*"), "the script's controls wait hidden");
    }

    @Test
    void theOverviewAndTheListsCountByStatus() {
        StaffClient editor = signedIn("editor-li");
        editor.post("/admin/policies/new", Map.of("slug", "policy-draft", "title", "草稿政策", "issuer", "测试市人民政府",
                "validity", "CURRENT", "body", "正文。", "action", "save"));

        assertEquals(200, editor.get("/admin/content").statusCode());
        String drafts = editor.get("/admin/policies?status=DRAFT").body();
        assertTrue(drafts.contains("草稿政策"), drafts);
        assertFalse(editor.get("/admin/policies?status=PUBLISHED").body().contains("草稿政策"));
        assertEquals(400, editor.get("/admin/policies?status=DELETED").statusCode());
    }

    @Test
    void theReviewQueueListsEverythingSentForReviewOldestFirstAndTheDashboardLinksToIt() {
        StaffClient editor = signedIn("editor-li");
        inReview(editor, "queued-case");
        editor.post("/admin/cases/new", caseForm("queued-draft", "仍在起草的案例"));
        assertEquals(303, editor.post("/admin/policies/new", Map.of("slug", "queued-policy", "title", "送审的政策",
                "issuer", "测试市人民政府", "validity", "CURRENT", "body", "正文。", "action", "save")).statusCode());
        assertEquals(303, editor.post("/admin/policies/queued-policy/submit", Map.of("revision", "1")).statusCode());
        StaffClient reviewer = signedIn("reviewer-wang");

        String dashboard = reviewer.get("/admin").body();
        assertTrue(dashboard.matches("(?s).*<a href=\"/admin/review\"><span class=\"figure-count\">\\d+</span> "
                + "<span class=\"figure-label\">待审核的内容</span></a>.*"), dashboard);
        HttpResponse<String> queue = reviewer.get("/admin/review");

        assertEquals(200, queue.statusCode());
        String body = queue.body();
        String submittedAt = ChineseDates.dateTime(stored("queued-case").updatedAt());
        assertTrue(body.contains("<a href=\"/admin/cases/queued-case\">" + TITLE_WORD + "queued-case案</a>"), body);
        String row = TITLE_WORD + "queued-case案 典型案例 editor-li " + submittedAt;
        assertTrue(VisibleText.of(body).replaceAll("\\s+", " ").contains(row), body);
        assertTrue(body.contains("<a href=\"/admin/policies/queued-policy\">送审的政策</a>"), body);
        assertTrue(body.contains("<a href=\"/admin/queued/1\">插件送审的问答</a>"), "a plugin's item");
        assertTrue(body.indexOf("插件送审的问答") < body.indexOf("queued-case"), "waiting longest first");
        assertFalse(body.contains("只有插件角色可见的问答"), "only for those holding its permission");
        assertFalse(body.contains("仍在起草的案例"), "drafts are not waiting for review");
        assertEquals(200, editor.get("/admin/review").statusCode(), "editors see what they sent too");
    }

    private static void inReview(StaffClient editor, String slug) {
        editor.get("/admin/cases/new");
        assertEquals(303, editor.post("/admin/cases/new", caseForm(slug, TITLE_WORD + slug + "案")).statusCode());
        assertEquals(303, editor.post("/admin/cases/" + slug + "/submit", Map.of("revision", "1")).statusCode());
    }

    /** Approves the case at revision 2, the one {@link #inReview} leaves, for {@code publishAt} in Beijing time. */
    private static HttpResponse<String> approve(StaffClient reviewer, String slug, String publishAt) {
        return reviewer.post("/admin/cases/" + slug + "/approve", Map.of("revision", "2", "publish_at", publishAt));
    }

    private static Map<String, String> caseForm(String slug, String title) {
        Map<String, String> form = new HashMap<>();
        form.put("slug", slug);
        form.put("title", title);
        form.put("court", "测试市中级人民法院");
        form.put("case_date", "2026-03-01");
        form.put("facts", "第一行\n第二行\n第三行");
        form.put("tags", "示例、执行");
        form.put("action", "save");
        return form;
    }

    /** Whether, within a second, searching the cases' shared title word does (or no longer does) find {@code path}. */
    private static boolean searchShows(String path, boolean shown) throws InterruptedException {
        long deadline = System.nanoTime() + 1_000_000_000L;
        do {
            if (site.get("/search?q=" + RunningSite.encode(TITLE_WORD)).body().contains(path) == shown) {
                return true;
            }
            Thread.sleep(25);
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static StaffClient signedIn(String name) {
        StaffClient client = site.staffClient();
        assertEquals(303, client.signIn(name, PASSWORD).statusCode());
        client.get("/admin");
        return client;
    }

    /** The case as the back office sees it, or null. */
    private static EditorialItem<TypicalCase> stored(String slug) {
        try (Database database = open()) {
            return new CaseRepository(database, new Outbox(database)).editorialQueries().find(slug).orElse(null);
        }
    }

    private static boolean audited(String action, String slug) {
        try (Database database = open()) {
            List<AuditEntry> entries = new AuditLog(database, Clock.systemUTC())
                    .list(AuditFilter.everything(), 1, 200).items();
            return entries.stream().anyMatch(entry -> entry.event().action().equals(action)
                    && entry.event().objectId().orElse("").equals(slug));
        }
    }

    private static Database open() {
        return Database.open(DataDirectory.prepare(site.dataDirectory()).database());
    }
}
