package org.gongshi.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SharedPagesTest {
    private static final int PAGE_BYTES = 1_000;

    private final AtomicLong outbox = new AtomicLong(7);
    private final AtomicInteger made = new AtomicInteger();
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin server;

    @BeforeEach
    void start() {
        // Room for three of the large pages, not four.
        SharedPages shared = new SharedPages(outbox::get, 3 * PAGE_BYTES + PAGE_BYTES / 2);
        server = Javalin.create(config -> {
            config.routes.get("/page", shared.keep(context -> context.header("Cache-Control", "no-store")
                    .html("made " + made.incrementAndGet() + " for " + context.queryString())));
            config.routes.get("/large", shared.keep(context -> context.result("x".repeat(PAGE_BYTES - 1)
                    + made.incrementAndGet() % 10)));
            config.routes.get("/form", shared.keep(context -> context.cookie("token", "t")
                    .html("made " + made.incrementAndGet())));
            config.routes.get("/missing", shared.keep(context -> context.status(HttpStatus.NOT_FOUND)
                    .html("made " + made.incrementAndGet())));
            config.routes.get("/unkept", context -> context.html("made " + made.incrementAndGet()));
        }).start(0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aPageIsMadeOnceAndSentAgainWithItsHeadersUntilTheDatabaseChanges() throws Exception {
        HttpResponse<String> first = get("/page?a=1", null);
        HttpResponse<String> again = get("/page?a=1", null);
        assertEquals("made 1 for a=1", again.body());
        assertEquals(first.headers().firstValue("Content-Type"), again.headers().firstValue("Content-Type"));
        assertEquals("no-store", again.headers().firstValue("Cache-Control").orElseThrow(),
                "browsers still must not keep it: they cannot know when it changes");
        assertEquals("made 2 for a=2", get("/page?a=2", null).body(), "another address is another page");
        outbox.incrementAndGet();
        assertEquals("made 3 for a=1", get("/page?a=1", null).body(), "a write anywhere makes every page again");
    }

    @Test
    void visitorsWithACookieAnswersThatSetOneFailuresAndUnwrappedRoutesAreAlwaysMadeAfresh() throws Exception {
        get("/page", "session=s");
        assertEquals("made 2 for null", get("/page", "session=s").body(), "a cookie may mean a person's page");
        get("/form", null);
        assertEquals("made 4", get("/form", null).body(), "a page that sets a cookie holds a form token");
        get("/missing", null);
        assertEquals("made 6", get("/missing", null).body());
        get("/unkept", null);
        assertEquals("made 8", get("/unkept", null).body());
    }

    @Test
    void theLeastRecentlyAskedPageGoesWhenTheBudgetIsFull() throws Exception {
        String one = get("/large?n=1", null).body();
        String two = get("/large?n=2", null).body();
        get("/large?n=3", null);
        assertEquals(one, get("/large?n=1", null).body(), "kept, and now the most recently asked");
        get("/large?n=4", null);
        assertEquals(one, get("/large?n=1", null).body());
        assertEquals(4, made.get());
        String twoAgain = get("/large?n=2", null).body();
        assertEquals(5, made.get(), "the least recently asked was let go");
        assertEquals(two.length(), twoAgain.length());
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
