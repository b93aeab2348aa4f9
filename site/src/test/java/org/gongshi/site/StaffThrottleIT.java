package org.gongshi.site;

import static org.gongshi.site.StaffPasswordIT.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gongshi.content.testing.SettableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Password guessing as one machine meets it: the site trusts no proxy, so whatever X-Forwarded-For a client sends,
 * its attempts count against its socket address; and each account has its own lockout, which runs out with time.
 */
class StaffThrottleIT {
    private static final String PASSWORD = "限流测试用的密码";
    private static final SettableClock CLOCK = new SettableClock(Instant.now());

    @RegisterExtension
    static final RunningSite site = RunningSite.facingOneClient().on(CLOCK);

    @BeforeAll
    static void accounts() {
        site.addStaff("zhou.editor", PASSWORD, "editor");
        site.addStaff("wu.editor", PASSWORD, "editor");
    }

    @BeforeEach
    void everyLockoutRunsOut() {
        CLOCK.advance(Duration.ofMinutes(20));
    }

    @Test
    void anAccountIsLockedAfterFiveWrongPasswordsUntilItsTimeRunsOut() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, site.staffClient().signIn("zhou.editor", "wrong " + attempt).statusCode());
        }
        HttpResponse<String> throttled = site.staffClient().signIn("zhou.editor", PASSWORD);
        assertEquals(429, throttled.statusCode(), "even the right password waits");
        assertTrue(throttled.body().contains("请稍后再试"), throttled.body());
        assertEquals("60", throttled.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(429, site.staffClient().signIn("zhou.editor", PASSWORD).statusCode());
        List<String> actions = site.auditActions("zhou.editor");
        assertEquals(5, actions.stream().filter("login.failed"::equals).count());
        assertEquals(1, actions.stream().filter("login.throttled"::equals).count(), "once per lockout");

        CLOCK.advance(Duration.ofSeconds(61));
        HttpResponse<String> later = site.staffClient().signIn("zhou.editor", PASSWORD);
        assertEquals(303, later.statusCode(), "time-based: the owner gets back in");
        assertEquals("/admin", location(later));
    }

    @Test
    void aForgedForwardedForDoesNotResetTheAddressCount() {
        for (int attempt = 0; attempt < 10; attempt++) {
            StaffClient forging = site.staffClientClaiming("203.0.113." + attempt);
            assertEquals(401, forging.signIn("guess" + attempt, "wrong").statusCode());
        }
        HttpResponse<String> refused = site.staffClientClaiming("203.0.113.200").signIn("wu.editor", PASSWORD);
        assertEquals(429, refused.statusCode(), "all ten counted against the socket's address");
        assertEquals("30", refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(refused.body().contains("请稍后再试"));
        assertTrue(site.auditActions("wu.editor").contains("login.throttled"));

        CLOCK.advance(Duration.ofSeconds(30));
        assertEquals(303, site.staffClientClaiming("203.0.113.201").signIn("wu.editor", PASSWORD).statusCode());
    }
}
