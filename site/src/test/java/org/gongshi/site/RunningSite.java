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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real server on a free port over a temporary data directory with the demo content, ready to search. Most tests
 * check features, not rate limits, so by default {@link #get} speaks as a new client behind a trusted proxy each time;
 * {@link #startFacingOneClient} is the site as a single visitor meets it, limits and all.
 */
public final class RunningSite implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";

    private final GongshiServer server;
    private final Path dataDirectory;
    private final boolean manyClients;
    private final AtomicInteger clients = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningSite(GongshiServer server, Path dataDirectory, boolean manyClients) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.manyClients = manyClients;
    }

    public static RunningSite startWithDemo(Path dataDirectory) {
        return start(dataDirectory, List.of(LOOPBACK), true);
    }

    public static RunningSite startFacingOneClient(Path dataDirectory) {
        return start(dataDirectory, List.of(), false);
    }

    private static RunningSite start(Path dataDirectory, List<String> trustedProxies, boolean manyClients) {
        ServerConfig config = new ServerConfig(dataDirectory, 0, true, Clock.systemDefaultZone(), null, trustedProxies);
        RunningSite site = new RunningSite(GongshiServer.start(config), dataDirectory, manyClients);
        site.awaitReady();
        return site;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url().resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET();
        if (manyClients) {
            // 198.18.0.0/15 is reserved for benchmarks and tests (RFC 2544).
            int number = clients.incrementAndGet();
            request.header("X-Forwarded-For", "198.18." + (number >> 8 & 255) + "." + (number & 255));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
