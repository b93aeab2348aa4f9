package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongshi.content.audit.AuditEntry;
import org.gongshi.content.audit.AuditFilter;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.store.Database;
import org.gongshi.content.uploads.UploadFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Editors upload article images and PDFs; disguised and oversized files are refused with a reason, keeping nothing. */
class ArticleUploadIT {
    private static final String PASSWORD = "上传文件的编辑的密码 correct horse";

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @BeforeAll
    static void accounts() {
        site.addStaff("uploading-editor", PASSWORD, "editor");
    }

    @Test
    void aRealPngIsStoredAndServedByItsHashWithItsTypeAndNosniff() {
        StaffClient editor = signedIn();
        byte[] png = UploadFixtures.bytes("seal.png");

        HttpResponse<String> uploaded = editor.postFile("/admin/uploads", Map.of("description", "法院印章"), "file",
                "印章.png", png);

        assertEquals(200, uploaded.statusCode(), uploaded.body());
        String url = "/uploads/" + sha256(png);
        assertTrue(uploaded.body().contains("value=\"" + url + "\""), uploaded.body());
        assertTrue(uploaded.body().contains("value=\"![法院印章](" + url + ")\""), "the Markdown to paste");
        HttpResponse<byte[]> served = site.getBytes(url);
        assertEquals(200, served.statusCode());
        assertArrayEquals(png, served.body());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(audited("upload.store"));
    }

    @Test
    void askedForJsonTheEditorsImageButtonGetsTheMarkdownOrTheReasonUnderTheSameChecks() {
        StaffClient editor = signedIn();
        byte[] jpeg = UploadFixtures.bytes("photo.jpg");

        HttpResponse<String> stored = editor.postMultipart("/admin/uploads", Map.of("description", "执行现场"),
                List.of(new StaffClient.FilePart("file", "现场.jpg", jpeg)), "Accept", "application/json");

        assertEquals(200, stored.statusCode(), stored.body());
        assertTrue(stored.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(stored.body().contains("\"markdown\":\"![执行现场](/uploads/" + sha256(jpeg) + ")\""),
                stored.body());
        HttpResponse<String> disguised = editor.postMultipart("/admin/uploads", Map.of(),
                List.of(new StaffClient.FilePart("file", "照片.png", UploadFixtures.bytes("page.html"))),
                "Accept", "application/json");
        assertEquals(422, disguised.statusCode());
        assertTrue(disguised.body().contains("\"error\":\"") && disguised.body().contains("只接受 PDF、JPEG、PNG"),
                disguised.body());
        HttpResponse<String> forged = editor.postMultipart("/admin/uploads", Map.of("_csrf", "forged"),
                List.of(new StaffClient.FilePart("file", "现场.jpg", jpeg)), "Accept", "application/json");
        assertEquals(403, forged.statusCode(), "the form token is checked as for the page");
    }

    @ParameterizedTest
    @CsvSource({"page.html, 照片.png", "drawing.svg, 图表.png", "drawing.svg, 图表.svg"})
    void aDisguisedFileIsRefusedWithAReasonAndNothingIsStored(String fixture, String name) throws IOException {
        StaffClient editor = signedIn();
        byte[] content = UploadFixtures.bytes(fixture);
        List<Path> before = storedFiles();

        HttpResponse<String> refused = editor.postFile("/admin/uploads", Map.of(), "file", name, content);

        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("只接受 PDF、JPEG、PNG、GIF、WebP 文件"), refused.body());
        assertEquals(before, storedFiles(), "nothing kept");
        assertEquals(404, site.getBytes("/uploads/" + sha256(content)).statusCode());
        assertTrue(audited("upload.refused"));
    }

    @Test
    void aRequestOverTheLimitIsRefusedBeforeItsBodyIsRead() throws IOException {
        String response = exchange("POST /admin/uploads HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=limit\r\nContent-Length: 104857600\r\n\r\n--limit\r\n");

        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.contains("提交的内容超过 10 MB 上限"), response);
    }

    @Test
    void aRequestThatDoesNotSayItsLengthIsRefused() throws IOException {
        String part = "--limit\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n";
        String response = exchange("POST /admin/uploads HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=limit\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(part.length()) + "\r\n" + part + "\r\n");

        assertTrue(response.startsWith("HTTP/1.1 411"), response);
        assertTrue(response.contains("上传文件的请求须注明长度"), response);
    }

    @Test
    void aMalformedBodyIsTheClientsMistake() throws IOException {
        String body = "--limit\r\nno headers, no end";
        String response = exchange("POST /admin/uploads HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=limit\r\nContent-Length: " + body.length() + "\r\n\r\n"
                + body);

        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("请求内容的格式有误"), response);
    }

    @Test
    void aFormWithoutAFileIsExplained() {
        StaffClient editor = signedIn();

        HttpResponse<String> refused = editor.post("/admin/uploads", Map.of("description", "无文件"));

        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("请选择要上传的文件。"));
    }

    /**
     * Sends {@code request} as it is (only part of a body, if so) and answers the head and as much of the body as the
     * server sends before its page ends or it closes the connection.
     */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket(site.url().getHost(), site.url().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return readResponse(socket.getInputStream());
        }
    }

    private static String readResponse(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int read;
        while ((read = in.read(buffer)) > 0) {
            received.write(buffer, 0, read);
            if (received.toString(StandardCharsets.UTF_8).contains("</html>")) {
                break;
            }
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> storedFiles() throws IOException {
        Path area = site.dataDirectory().resolve("uploads").resolve("articles");
        if (!Files.exists(area)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(area)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static StaffClient signedIn() {
        StaffClient client = site.staffClient();
        assertEquals(303, client.signIn("uploading-editor", PASSWORD).statusCode());
        client.get("/admin/uploads");
        return client;
    }

    private static boolean audited(String action) {
        try (Database database = Database.open(DataDirectory.prepare(site.dataDirectory()).database())) {
            List<AuditEntry> entries = new AuditLog(database, Clock.systemUTC())
                    .list(AuditFilter.everything(), 1, 100).items();
            return entries.stream().anyMatch(entry -> entry.event().action().equals(action)
                    && entry.event().actor().equals("uploading-editor"));
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
