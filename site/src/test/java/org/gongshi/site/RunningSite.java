package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** The real server on a free port over a temporary data directory with the demo content, ready to search. */
public final class RunningSite implements AutoCloseable {
    private final GongshiServer server;
    private final Path dataDirectory;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningSite(GongshiServer server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    public static RunningSite startWithDemo(Path dataDirectory) {
        RunningSite site = new RunningSite(GongshiServer.start(ServerConfig.of(dataDirectory, 0, true)), dataDirectory);
        site.awaitReady();
        return site;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("GET " + pathAndQuery + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A query string value, percent-encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public URI url() {
        return server.url();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (get("/healthz").statusCode() == 200) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail("the site did not become ready within 15 s");
    }

    @Override
    public void close() {
        server.close();
    }
}
