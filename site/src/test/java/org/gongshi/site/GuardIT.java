package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.site.web.guard.Challenge;
import org.gongshi.site.web.guard.Solution;
import org.gongshi.site.web.guard.Solver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A harvester from one address on the guarded search routes: it meets a challenge however it forges X-Forwarded-For,
 * and gets back in only by solving it. Page and API count in separate buckets, so the tests do not disturb each other.
 */
class GuardIT {
    private static final String PAGE = "/search?q=" + RunningSite.encode("信用");
    private static final String API = "/api/v1/search?q=";
    /** The search buckets' burst (60) plus a margin for tokens refilled while the loop runs. */
    private static final int ENOUGH_TO_EXCEED = 80;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    // A stopped clock: the buckets must not refill while a slow, busy machine solves a challenge.
    static final RunningSite site = RunningSite.facingOneClient().on(new SettableClock(Instant.now()));

    @Test
    void aReaderOverTheLimitSolvesTheChallengePageAndIsSentBack() {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> challengePage = exceed(browser, PAGE);
        assertTrue(challengePage.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(Long.parseLong(challengePage.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        String html = challengePage.body();
        assertTrue(html.contains("防止公示信息被程序批量抓取"), html);
        assertTrue(html.contains("<script src=\"/static/js/proof-of-work.js\"></script>"));
        assertTrue(html.contains("验证需要启用 JavaScript"), "says what to do without JavaScript");
        assertFalse(html.contains("<script>") || html.contains("style=\""), "nothing inline for the CSP");
        assertEquals(200, send(browser, get("/static/js/proof-of-work.js").build()).statusCode());

        Solution solution = Solver.solve(attribute(html, "algorithm"), attribute(html, "challenge"),
                Long.parseLong(attribute(html, "maxnumber")), attribute(html, "salt"), attribute(html, "signature"));
        HttpResponse<String> redeemed = send(browser, post(solution, PAGE));
        assertEquals(303, redeemed.statusCode());
        assertEquals(PAGE, redeemed.headers().firstValue("Location").orElseThrow());
        String cookie = redeemed.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("gongshi-pass=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
                cookie);

        assertEquals(200, send(browser, get(PAGE).build()).statusCode(), "the pass lets the reader back in");
        assertEquals(400, send(browser, post(solution, PAGE)).statusCode(), "a solution is spent once");
    }

    @Test
    void anIdNumberSentInTheAddressIsNotCarriedOntoTheChallengePage() {
        HttpClient client = HttpClient.newHttpClient();
        String path = "/listings?name=" + RunningSite.encode("琥珀") + "&id=110105194912310021";
        HttpResponse<String> refused = send(client, get(path).build());
        for (int request = 1; refused.statusCode() != 429 && request <= ENOUGH_TO_EXCEED; request++) {
            refused = send(client, get(path).build());
        }

        assertEquals(429, refused.statusCode());
        assertFalse(refused.body().contains("110105194912310021"), refused.body());
        assertTrue(refused.body().contains("name=\"return\" value=\"/listings?name=%E7%90%A5%E7%8F%80\""),
                refused.body());
        assertTrue(refused.body().contains("<a href=\"/listings?name=%E7%90%A5%E7%8F%80\">重试</a>"),
                "a retry that needs no JavaScript: " + refused.body());
        assertTrue(VisibleText.of(refused.body()).matches("(?s).*等待约 \\d+ (秒|分钟)后.*"), "the wait in words");
    }

    @Test
    void theChallengeEndpointNeverRedirectsOffTheSite() throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        Solution solution = Solver.solve(challengeFromApi(client));
        HttpResponse<String> redeemed = send(client, post(solution, "//evil.example/"));
        assertEquals(303, redeemed.statusCode());
        assertEquals("/", redeemed.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anApiClientOverTheLimitGetsAProblemAndRedeemsAChallengeInAHeader() throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> problem = exceed(client, API);
        assertTrue(problem.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(problem.headers().firstValue("Retry-After").isPresent());
        JsonNode body = JSON.readTree(problem.body());
        assertEquals(429, body.get("status").asInt());
        assertEquals("/api/v1/challenge", body.get("challenge").asText());

        Solution solution = Solver.solve(challengeFromApi(client));
        HttpResponse<String> answered = send(client, get(API).header("X-Proof-Of-Work", solution.encode()).build());
        assertEquals(200, answered.statusCode());
        assertEquals(429, send(client, get(API).header("X-Proof-Of-Work", solution.encode()).build()).statusCode(),
                "a replayed solution buys nothing");
        String pass = answered.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertEquals(200, send(client, get(API).header("Cookie", pass).build()).statusCode(), "the pass cookie");
    }

    /** Requests until refused, each with a different forged X-Forwarded-For that an untrusted peer cannot use. */
    private static HttpResponse<String> exceed(HttpClient client, String path) {
        for (int request = 1; request <= ENOUGH_TO_EXCEED; request++) {
            HttpResponse<String> response = send(client,
                    get(path).header("X-Forwarded-For", "203.0.113." + request).header("Forwarded",
                            "for=198.51.100." + request).build());
            if (response.statusCode() == 429) {
                assertTrue(request > 60, "the burst of 60 is allowed, refused after " + request);
                return response;
            }
            assertEquals(200, response.statusCode(), path);
        }
        return fail("still served after " + ENOUGH_TO_EXCEED + " requests: the forged headers reset the limit");
    }

    private static Challenge challengeFromApi(HttpClient client) throws IOException {
        HttpResponse<String> response = send(client, get("/api/v1/challenge").build());
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        return JSON.readValue(response.body(), Challenge.class);
    }

    private static String attribute(String html, String name) {
        Matcher value = Pattern.compile("data-" + name + "=\"([^\"]*)\"").matcher(html);
        assertTrue(value.find(), "data-" + name);
        return value.group(1);
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(site.url().resolve(path)).GET();
    }

    private static HttpRequest post(Solution solution, String returnTo) {
        String form = formEncode(Map.of("proof", solution.encode(), "return", returnTo));
        return HttpRequest.newBuilder(site.url().resolve("/challenge"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String formEncode(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(name).append('=')
                .append(RunningSite.encode(value)));
        return form.toString();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
