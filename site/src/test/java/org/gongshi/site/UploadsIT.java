package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.TestUploadPolicies;
import org.gongshi.content.uploads.StoredUpload;
import org.gongshi.content.uploads.UploadFixtures;
import org.gongshi.content.uploads.UploadPolicy;
import org.gongshi.content.uploads.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Article images and PDFs are served by their hash with their own type; nothing else is, private areas included. */
class UploadsIT {
    private static final Map<String, StoredUpload> ARTICLE_FILES = new LinkedHashMap<>();
    private static StoredUpload evidence;

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo(UploadsIT::upload);

    /** Stored as staff would, before the site starts; the evidence as a plugin would, in its own area. */
    private static void upload(Path dataDirectory) {
        Database database = Database.open(dataDirectory.resolve("gongshi.db"));
        database.migrate("db/core", "core_schema_history", UploadsIT.class.getClassLoader());
        Uploads uploads = new Uploads(dataDirectory.resolve("uploads"), database, Clock.systemUTC());
        Map<String, String> names = Map.of("notice.pdf", "执行公告（2026）第1号.pdf", "photo.jpg", "现场照片.jpg",
                "seal.png", "印章.png", "chart.gif", "chart.gif", "pixel.webp", "pixel.webp");
        names.forEach((fixture, name) -> ARTICLE_FILES.put(fixture, uploads.articles().store(
                new ByteArrayInputStream(UploadFixtures.bytes(fixture)), name, UploadPolicy.ARTICLE_FILES, "编辑甲")));
        String notice = new String(UploadFixtures.bytes("notice.pdf"), StandardCharsets.ISO_8859_1);
        byte[] ownPdf = (notice + "% evidence\n").getBytes(StandardCharsets.ISO_8859_1);
        evidence = uploads.area("plugin-objections").store(new ByteArrayInputStream(ownPdf), "证据.pdf",
                TestUploadPolicies.EVIDENCE, "公众");
        database.close();
    }

    @ParameterizedTest
    @CsvSource({"notice.pdf, application/pdf", "photo.jpg, image/jpeg", "seal.png, image/png", "chart.gif, image/gif",
        "pixel.webp, image/webp"})
    void anArticleFileIsServedWithItsOwnTypeNosniffAndForAYear(String fixture, String mediaType) {
        StoredUpload upload = ARTICLE_FILES.get(fixture);

        HttpResponse<byte[]> response = site.getBytes("/uploads/" + upload.sha256());

        assertEquals(200, response.statusCode());
        assertArrayEquals(UploadFixtures.bytes(fixture), response.body());
        assertEquals(mediaType, response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("public, max-age=31536000, immutable", response.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("\"" + upload.sha256() + "\"", response.headers().firstValue("ETag").orElse(""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("inline; filename=\""),
                response.headers().toString());
    }

    @Test
    void theNameIsOfferedInUtf8() {
        String disposition = site.getBytes("/uploads/" + ARTICLE_FILES.get("notice.pdf").sha256()).headers()
                .firstValue("Content-Disposition").orElse("");

        assertEquals("inline; filename=\"_____2026__1_.pdf\"; filename*=UTF-8''"
                + "%E6%89%A7%E8%A1%8C%E5%85%AC%E5%91%8A%EF%BC%882026%EF%BC%89%E7%AC%AC1%E5%8F%B7.pdf", disposition);
    }

    @Test
    void aCachedCopyIsConfirmedWithoutTheBytes() {
        String sha256 = ARTICLE_FILES.get("photo.jpg").sha256();

        HttpResponse<byte[]> response = site.getBytes("/uploads/" + sha256, "If-None-Match", "\"" + sha256 + "\"");

        assertEquals(304, response.statusCode());
        assertEquals(0, response.body().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000000000000000000000000000000000000000000000000000000000", "abc", "gongshi.db",
        "%2e%2e%2fgongshi.db", "..%2F..%2Fgongshi.db", "articles", "incoming"})
    void anythingElseIsTheChineseNotFoundPage(String address) {
        assertNotFound("/uploads/" + address);
    }

    @Test
    void anUppercaseHashIsNotAnotherAddressForTheSameFile() {
        assertNotFound("/uploads/" + ARTICLE_FILES.get("seal.png").sha256().toUpperCase());
    }

    @Test
    void privateUploadsAreNeverServed() {
        assertNotFound("/uploads/" + evidence.sha256());
    }

    private static void assertNotFound(String path) {
        HttpResponse<byte[]> response = site.getBytes(path);
        String page = new String(response.body(), StandardCharsets.UTF_8);

        assertEquals(404, response.statusCode(), path);
        assertTrue(page.contains("页面不存在"), page);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.headers().firstValue("Cache-Control").isEmpty(), "a 404 is not cached for a year");
    }
}
