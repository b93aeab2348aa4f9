package org.gongshi.site;

import static org.gongshi.site.BackOfficeListingsIT.awaitTrue;
import static org.gongshi.site.RunningSite.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff upload documents and listing files: each is checked and staged, nothing reaches the public site until someone
 * allowed to publishes it, and bad uploads are refused with the right status and a zh-CN reason.
 */
class BackOfficeImportsIT {
    private static final String PASSWORD = "后台测试密码 imports";
    private static final String GOOD_DEBTOR = "琉璃甲建材有限公司";
    private static final String LISTING_FILE = "被执行人姓名/名称,身份证号码/组织机构代码,执行法院,省份,案号,未履行部分\n"
            + GOOD_DEBTOR + ",,北京市海淀区人民法院,北京,（2024）京0108执501号,1000\n"
            + "琉璃乙,,北京市海淀区人民法院,北京,,200\n"
            + "琉璃丙,110105198001011230,北京市海淀区人民法院,北京,（2024）京0108执502号,300\n"
            + "琉璃丁商贸有限公司,,北京市海淀区人民法院,北京,（2024）京0108执503号,400\n";
    private static final String POLICY = "---\ntype: policy\ntitle: 关于琉璃示例事项的通知\nissuer: 某市琉璃局\n"
            + "documentNumber: 琉发〔2026〕7号\nwrittenOn: 2026-10-08\n---\n为做好**示例**工作，现通知如下。\n\n"
            + "<script>alert(1)</script>\n";

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @BeforeAll
    static void accounts() {
        site.addStaff("editor3", PASSWORD, "editor");
        site.addStaff("reviewer3", PASSWORD, "reviewer");
        site.addStaff("admin3", PASSWORD, "admin");
    }

    @Test
    void aListingFileIsCheckedRowByRowAndNothingIsListedUntilItIsPublished() throws InterruptedException {
        StaffClient editor = signedIn("editor3");
        editor.get("/admin/imports");

        HttpResponse<String> staged = editor.postMultipart("/admin/imports/listings", Map.of(), "file", "名单.csv",
                "text/csv", LISTING_FILE.getBytes(StandardCharsets.UTF_8));

        assertEquals(303, staged.statusCode(), staged.body());
        String report = location(staged);
        String text = VisibleText.of(editor.get(report).body());
        assertTrue(text.contains("数据行4") && text.contains("可导入2") && text.contains("拒绝2"), text);
        assertTrue(text.contains("3缺少案号") && text.contains("4居民身份证号码校验码不符"), text);
        assertTrue(text.contains("待发布"), text);
        String api = "/api/v1/listings?name=" + encode(GOOD_DEBTOR);
        assertTrue(site.get(api).body().contains("\"total\":0"), "a dry run lists nobody");
        assertEquals(403, editor.post(report + "/publish", Map.of()).statusCode(), "an editor cannot publish it");

        StaffClient reviewer = signedIn("reviewer3");
        reviewer.get(report);
        HttpResponse<String> published = reviewer.post(report + "/publish", Map.of());
        assertEquals(303, published.statusCode(), published.body());
        awaitTrue(() -> site.get(api).body().contains("\"total\":1"), 1_000);
        String after = VisibleText.of(reviewer.get(location(published)).body());
        assertTrue(after.contains("已发布") && after.contains("新增 2") && after.contains("reviewer3"), after);
        assertEquals(409, reviewer.post(report + "/publish", Map.of()).statusCode(), "a file is published once");
        String id = report.substring(report.lastIndexOf('/') + 1);
        assertFalse(Files.exists(site.dataDirectory().resolve("staging/" + id + ".csv")),
                "a published listing file (full ID numbers) leaves the staging folder");

        String audit = VisibleText.of(signedIn("admin3").get("/admin/audit?objectType=import").body());
        assertTrue(audit.contains("import.staged") && audit.contains("import.published"), audit);
    }

    @Test
    void unboundedNumbersAreRejectedRowsAndTheSiteKeepsWriting() {
        StaffClient editor = signedIn("editor3");
        editor.get("/admin/imports");
        String file = "被执行人姓名/名称,执行法院,省份,案号,未履行部分,立案时间\n"
                + "琉璃戊有限公司,北京市海淀区人民法院,北京,（2024）京0108执601号,1E+999999999,2024-01-02\n"
                + "琉璃己有限公司,北京市海淀区人民法院,北京,（2024）京0108执602号,123456789012345678901234567890,\n"
                + "琉璃庚有限公司,北京市海淀区人民法院,北京,（2024）京0108执603号,NaN,\n"
                + "琉璃辛有限公司,北京市海淀区人民法院,北京,（2024）京0108执604号,100,+999999999-12-31\n"
                + "琉璃壬有限公司,北京市海淀区人民法院,北京,（2024）京0108执605号,12.3万元,2024年1月2日\n";

        HttpResponse<String> staged = editor.postMultipart("/admin/imports/listings", Map.of(), "file", "名单.csv",
                "text/csv", file.getBytes(StandardCharsets.UTF_8));

        assertEquals(303, staged.statusCode(), staged.body());
        String text = VisibleText.of(editor.get(location(staged)).body());
        assertTrue(text.contains("可导入1") && text.contains("拒绝4"), text);
        assertTrue(text.contains("金额不能超过") && text.contains("金额应为数字") && text.contains("日期应"), text);
        assertEquals(200, site.get("/healthz").statusCode(), "the writer is not stuck");
        assertEquals(303, editor.postMultipart("/admin/imports/listings", Map.of(), "file", "名单.csv", "text/csv",
                LISTING_FILE.getBytes(StandardCharsets.UTF_8)).statusCode(), "the next upload is staged");
    }

    @Test
    void aDocumentIsReviewedWithItsMetadataAndRenderedBodyThenPublishedByAReviewer() {
        StaffClient editor = signedIn("editor3");
        HttpResponse<String> staged = editor.postMultipart("/admin/imports/documents", Map.of(), "file",
                "通知.md", "text/markdown", POLICY.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, staged.statusCode(), staged.body());
        String review = location(staged);

        String page = editor.get(review).body();
        String text = VisibleText.of(page);
        assertTrue(text.contains("关于琉璃示例事项的通知") && text.contains("某市琉璃局")
                && text.contains("琉发〔2026〕7号") && text.contains("2026年10月8日"), text);
        assertTrue(page.contains("<strong>示例</strong>") && !page.contains("<script>alert"), page);
        assertTrue(page.contains("保存为草稿") && !page.contains(">发布</button>"), "an editor saves a draft");
        String slug = page.replaceAll("(?s).*<code>/policies/([^<]+)</code>.*", "$1");
        assertEquals(404, site.get("/policies/" + slug).statusCode());

        StaffClient reviewer = signedIn("reviewer3");
        reviewer.get(review);
        assertEquals(303, reviewer.post(review + "/publish", Map.of()).statusCode());
        assertEquals(200, site.get("/policies/" + slug).statusCode());
    }

    @Test
    void anEditorsDraftNeverReplacesAPublishedItem() {
        StaffClient reviewer = signedIn("reviewer3");
        StaffClient editor = signedIn("editor3");
        byte[] bulletin = ("---\ntype: bulletin\ntitle: 琉璃通报\nissuingUnit: 某市琉璃局\ndate: 2026-10-09\n---\n"
                + "正文。\n").getBytes(StandardCharsets.UTF_8);
        String first = location(editor.postMultipart("/admin/imports/documents", Map.of(), "file", "a.md",
                "text/markdown", bulletin));
        reviewer.get(first);
        assertEquals(303, reviewer.post(first + "/publish", Map.of()).statusCode());

        String second = location(editor.postMultipart("/admin/imports/documents", Map.of(), "file", "a.md",
                "text/markdown", bulletin));
        editor.get(second);
        HttpResponse<String> draft = editor.post(second + "/draft", Map.of());

        assertEquals(409, draft.statusCode());
        assertTrue(VisibleText.of(draft.body()).contains("保存为草稿会把它撤下"), draft.body());
    }

    @Test
    void aFileThatIsNotTextIsRefusedAndAudited() {
        StaffClient editor = signedIn("editor3");
        editor.get("/admin/imports");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        HttpResponse<String> disguised = editor.postMultipart("/admin/imports/documents", Map.of(), "file",
                "通知.md", "text/markdown", png);
        HttpResponse<String> pdf = editor.postMultipart("/admin/imports/documents", Map.of(), "file", "通知.pdf",
                "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        assertEquals(415, disguised.statusCode());
        assertTrue(VisibleText.of(disguised.body()).contains("不是纯文本"), disguised.body());
        assertEquals(415, pdf.statusCode());
        assertTrue(VisibleText.of(pdf.body()).contains("只能上传 .md"), pdf.body());
        String audit = VisibleText.of(signedIn("admin3").get("/admin/audit?actor=editor3&action=import.refused")
                .body());
        assertTrue(audit.contains("不是纯文本") && !audit.contains("通知.md"), audit);
    }

    @Test
    void anOversizedUploadIsRefusedUnreadAndOneWithoutALengthIsRefusedToo() throws IOException {
        StaffClient editor = signedIn("editor3");
        editor.get("/admin/imports");
        byte[] large = new byte[3 * 1024 * 1024];
        Arrays.fill(large, (byte) 'a');
        List<Path> before = stagedFiles();

        HttpResponse<String> declared = editor.postMultipart("/admin/imports/documents", Map.of(), "file", "大.md",
                "text/markdown", large);
        // Only the head of a chunked upload: the answer comes before any of its body is read, and a client still
        // sending a body when the server closes the connection may never see that answer.
        String chunked = answerToHead("POST /admin/imports/documents HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n");

        assertEquals(413, declared.statusCode());
        assertTrue(VisibleText.of(declared.body()).contains("提交的内容超过 2 MB 上限"), declared.body());
        assertTrue(chunked.startsWith("HTTP/1.1 411"), "without a length the size is known only after reading");
        assertTrue(VisibleText.of(chunked).contains("须注明长度"), chunked);
        assertEquals(before, stagedFiles());
    }

    @Test
    void aBodyDeclaredFarOverTheCapIsRefusedBeforeAByteOfItIsRead() throws IOException {
        String response = answerToHead("POST /admin/imports/listings HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000000000\r\n"
                + "Connection: close\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(VisibleText.of(response).contains("提交的内容超过 50 MB 上限"), response);
    }

    /** The whole answer to a request of which only {@code head} (request line and headers) is sent. */
    private static String answerToHead(String head) throws IOException {
        try (Socket socket = new Socket(site.url().getHost(), site.url().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aMultipartFormWithoutTheCsrfTokenIsRefused() {
        StaffClient editor = signedIn("editor3");
        editor.get("/admin/imports");

        HttpResponse<String> forged = editor.postMultipart("/admin/imports/documents", Map.of("_csrf", "forged"),
                "file", "通知.md", "text/markdown", POLICY.getBytes(StandardCharsets.UTF_8));

        assertEquals(403, forged.statusCode());
        assertTrue(VisibleText.of(forged.body()).contains("安全校验码"), forged.body());
    }

    /** Every file in the staging folder and the folder files are received into. */
    private static List<Path> stagedFiles() {
        try (Stream<Path> files = Stream.concat(Files.list(site.dataDirectory().resolve("staging")),
                Files.list(site.dataDirectory().resolve("staging/incoming")))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static StaffClient signedIn(String name) {
        StaffClient client = site.staffClient();
        assertEquals(303, client.signIn(name, PASSWORD).statusCode());
        client.get("/admin");
        return client;
    }

    private static String location(HttpResponse<String> redirect) {
        assertEquals(303, redirect.statusCode(), redirect.body());
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
