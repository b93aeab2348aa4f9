package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every kind of response carries the security headers, and /healthz tells when the site can serve and write. */
class SecurityHeadersIT {
    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @Test
    void pagesErrorsApiAndAssetsCarryTheHeaders() {
        for (String path : new String[] {"/", "/search?q=a", "/nowhere", "/api/v1/search?page=0",
                "/static/css/site.css", "/healthz"}) {
            HttpHeaders headers = site.get(path).headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("default-src 'none'"), path);
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("base-uri 'none'"), path);
            assertTrue(policy.contains("form-action 'self'"), path);
            assertFalse(policy.contains("unsafe-inline"), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("same-origin", headers.firstValue("Cross-Origin-Opener-Policy").orElse(""), path);
            assertTrue(headers.firstValue("Permissions-Policy").isPresent(), path);
            assertTrue(headers.firstValue("Server").isEmpty(), path + " reveals no server banner");
        }
    }

    @Test
    void aMalformedAddressGetsAChinesePageWithTheHeaders() throws IOException {
        // java.net.http refuses to send such an address, so write the request line by hand.
        try (Socket socket = new Socket("localhost", site.url().getPort())) {
            socket.getOutputStream().write("GET /cases/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("Content-Security-Policy: default-src 'none'"), response);
            assertTrue(response.contains("网址格式有误"), response);
            assertFalse(response.contains("Exception") || response.contains("Jetty"), response);
        }
    }

    @Test
    void everyPageSaysItIsUtf8() {
        List<String> paths = new ArrayList<>(List.of("/", "/cases", "/policies", "/bulletins",
                "/search?q=%E4%BF%A1%E7%94%A8", "/listings", "/listings?name=%E7%8E%8B", "/listings?caseNo=x", "/government-credit", "/about",
                "/objections/new", "/objections/repair", "/objections/status", "/objections/stats", "/admin/login",
                "/nowhere", "/cases/nowhere", "/listings?page=x"));
        for (String list : List.of("/cases", "/policies", "/bulletins", "/listings?name=%E7%8E%8B")) {
            Matcher link = Pattern.compile("href=\"(/(?:cases|policies|bulletins|listings)/[^\"?]+)[^\"]*\"")
                    .matcher(site.get(list).body());
            assertTrue(link.find(), list);
            paths.add(link.group(1));
        }
        List<String> without = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> page = site.get(path);
            String type = page.headers().firstValue("Content-Type").orElse("");
            if (!type.replace(" ", "").equalsIgnoreCase("text/html;charset=utf-8")) {
                without.add(path + " (" + page.statusCode() + "): " + type);
            }
        }
        assertEquals(List.of(), without);
    }

    @Test
    void everyPageHasAnIconADescriptionAndOnlyContentACanonicalAddress() {
        HttpResponse<String> icon = site.get("/favicon.ico");
        assertEquals(301, icon.statusCode());
        assertEquals("/static/favicon.svg", icon.headers().firstValue("Location").orElse(""));
        assertEquals(200, site.get("/static/favicon.svg").statusCode());
        String home = site.get("/").body();
        assertTrue(home.contains("<link rel=\"icon\" href=\"/static/favicon.svg\"") && home.contains(
                "<meta name=\"description\" content=\""), home);
        assertTrue(home.contains("<link rel=\"canonical\""));
        String missing = site.get("/cases/no-such-case").body();
        assertFalse(missing.contains("rel=\"canonical\""), "a 404 is no page of its own: " + missing);
    }

    @Test
    void pagesHaveNoInlineStyleOrScript() {
        String html = site.get("/").body();
        assertFalse(html.contains("<style"));
        assertFalse(html.contains("style=\""));
        assertFalse(html.contains("<script>"));
    }

    @Test
    void healthIsOkOnceTheIndexIsReady() {
        HttpResponse<String> health = site.get("/healthz");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"ok\"}", health.body());
    }

    @Test
    void healthSaysSoWhileTheDatabaseCannotBeWritten() throws Exception {
        try (Connection stuck = DriverManager.getConnection(
                "jdbc:sqlite:" + site.dataDirectory().resolve("gongshi.db").toAbsolutePath())) {
            try (Statement statement = stuck.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
            }
            HttpResponse<String> health = healthOnceSettled(503);
            assertEquals("{\"status\":\"cannot-write\"}", health.body());
            try (Statement statement = stuck.createStatement()) {
                statement.execute("ROLLBACK");
            }
        }
        assertEquals(200, healthOnceSettled(200).statusCode());
    }

    /** The write probe runs at most once a second: ask until it has run since the change, within ten seconds. */
    private static HttpResponse<String> healthOnceSettled(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        HttpResponse<String> health = site.get("/healthz");
        while (health.statusCode() != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            health = site.get("/healthz");
        }
        return health;
    }
}
