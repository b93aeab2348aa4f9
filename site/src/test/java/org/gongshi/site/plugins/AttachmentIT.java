package org.gongshi.site.plugins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.Storage;
import org.gongshi.content.testing.TestUploadPolicies;
import org.gongshi.content.uploads.StoredUpload;
import org.gongshi.content.uploads.UploadFixtures;
import org.gongshi.content.uploads.UploadStore;
import org.gongshi.content.uploads.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin hands out its evidence as a download under a name it chooses, whatever name the file came with. */
class AttachmentIT {
    @TempDir
    Path data;

    private final HttpClient client = HttpClient.newHttpClient();
    private Database database;
    private UploadStore evidence;
    private Javalin server;

    @BeforeEach
    void start() {
        database = Storage.migrated(data);
        evidence = new Uploads(data.resolve("uploads"), database, Clock.systemUTC()).area("plugin-objections");
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/evidence/{sha256}", context ->
                    new HostedUploads(evidence).send(context, context.pathParam("sha256"), "异议12-证据1"));
        }).start(0);
    }

    @AfterEach
    void stop() {
        server.stop();
        database.close();
    }

    @Test
    void evidenceIsDownloadedUnderTheServersNameAndNeverCached() throws Exception {
        byte[] bytes = UploadFixtures.bytes("photo.jpg");
        StoredUpload upload = evidence.store(new ByteArrayInputStream(bytes), "<script>.html", TestUploadPolicies.EVIDENCE,
                "公众");

        HttpResponse<byte[]> response = get("/evidence/" + upload.sha256());

        assertEquals(200, response.statusCode());
        assertArrayEquals(bytes, response.body());
        assertEquals("image/jpeg", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"__12-__1.jpg\"; filename*=UTF-8''"
                + "%E5%BC%82%E8%AE%AE12-%E8%AF%81%E6%8D%AE1.jpg",
                response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("private, no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void anUnknownOrMalformedHashIsNotFound() throws Exception {
        assertEquals(404, get("/evidence/" + "0".repeat(64)).statusCode());
        assertEquals(404, get("/evidence/..%2Fgongshi.db").statusCode());
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + server.port() + path);
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
