package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.gongshi.content.testing.SettableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Guessing must not become a way to keep a staff member out: behind a trusted proxy, so that each client has its
 * own address, a guesser locks out only itself, and guessers at many addresses only strangers' browsers.
 */
class StaffLockoutIT {
    private static final String PASSWORD = "不会被锁在门外的密码";
    private static final SettableClock CLOCK = new SettableClock(Instant.now());

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo().on(CLOCK);

    @BeforeAll
    static void accounts() {
        site.addStaff("sun.reviewer", PASSWORD, "reviewer");
        site.addStaff("li.reviewer", PASSWORD, "reviewer");
    }

    @BeforeEach
    void everyLimitRunsOut() {
        CLOCK.advance(Duration.ofHours(2));
    }

    @Test
    void aGuesserAtOneAddressCannotStopTheMemberSigningInFromAnother() {
        StaffClient guesser = site.staffClientClaiming("203.0.113.66");
        for (int attempt = 1; attempt <= 30; attempt++) {
            int status = guesser.signIn("sun.reviewer", "guess " + attempt).statusCode();
            assertEquals(attempt <= 5 ? 401 : 429, status, "attempt " + attempt);
        }
        assertEquals(429, guesser.signIn("sun.reviewer", PASSWORD).statusCode(), "the guesser is locked out");

        HttpResponse<String> member = site.staffClientClaiming("198.51.100.7").signIn("sun.reviewer", PASSWORD);

        assertEquals(303, member.statusCode(), member.body());
    }

    @Test
    void guessersAtManyAddressesHoldStrangersBackButNotABrowserTheMemberUsedBefore() {
        StaffClient membersBrowser = site.staffClientClaiming("198.51.100.9");
        HttpResponse<String> first = membersBrowser.signIn("li.reviewer", PASSWORD);
        assertEquals(303, first.statusCode());
        assertTrue(first.headers().allValues("Set-Cookie").stream().anyMatch(cookie ->
                cookie.startsWith("gongshi_device=") && cookie.contains("HttpOnly") && cookie.contains("Max-Age=")),
                "the browser is remembered: " + first.headers().allValues("Set-Cookie"));
        membersBrowser.get("/admin");
        assertEquals(303, membersBrowser.post("/admin/logout", Map.of()).statusCode());

        for (int address = 1; address <= 25; address++) {
            site.staffClientClaiming("203.0.113." + address).signIn("li.reviewer", "guess " + address);
        }
        HttpResponse<String> stranger = site.staffClientClaiming("198.51.100.10").signIn("li.reviewer", PASSWORD);
        assertEquals(429, stranger.statusCode(), "under a spread-out attack a new browser waits");
        assertTrue(site.auditActions("li.reviewer").contains("login.throttled"));

        HttpResponse<String> member = membersBrowser.signIn("li.reviewer", PASSWORD);

        assertEquals(303, member.statusCode(), member.body());
    }
}
