package org.gongshi.site.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.site.web.guard.ClientKey;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void anAccountIsLockedAfterFiveFailuresForLongerEachTimeButNeverForGood() {
        for (int failure = 1; failure <= 4; failure++) {
            throttle.failed("wang", address(failure));
            assertTrue(throttle.check("wang", address(failure)).isEmpty(), "failure " + failure + " is free");
        }
        throttle.failed("wang", address(5));
        LoginThrottle.Refusal first = throttle.check("Wang ", address(99)).orElseThrow();
        assertEquals(Duration.ofMinutes(1), first.retryAfter(), "whatever the address, whatever the case");
        assertTrue(first.byAccount() && first.firstOfLockout());
        assertFalse(throttle.check("wang", address(99)).orElseThrow().firstOfLockout(), "audited once per lockout");

        clock.advance(Duration.ofMinutes(1));
        assertTrue(throttle.check("wang", address(6)).isEmpty(), "the lockout has run out");
        throttle.failed("wang", address(6));
        assertEquals(Duration.ofMinutes(2), throttle.check("wang", address(7)).orElseThrow().retryAfter());
        for (int failure = 0; failure < 10; failure++) {
            clock.advance(Duration.ofHours(1));
            throttle.failed("wang", address(failure));
        }
        assertEquals(LoginThrottle.LONGEST_LOCKOUT, throttle.check("wang", address(8)).orElseThrow().retryAfter());

        throttle.succeeded("wang");
        assertTrue(throttle.check("wang", address(9)).isEmpty(), "a full sign-in forgives");
    }

    @Test
    void aDayWithoutFailuresForgetsThem() {
        for (int failure = 0; failure < 4; failure++) {
            throttle.failed("li", address(failure));
        }
        clock.advance(Duration.ofHours(25));
        throttle.failed("li", address(5));
        assertEquals(Optional.empty(), throttle.check("li", address(6)));
    }

    @Test
    void oneAddressGetsTenFailuresAtOnceThenOneEveryThirtySeconds() {
        ClientKey one = new ClientKey("203.0.113.7");
        for (int failure = 0; failure < 10; failure++) {
            assertTrue(throttle.check("name" + failure, one).isEmpty());
            throttle.failed("name" + failure, one);
        }
        LoginThrottle.Refusal refused = throttle.check("someone-else", one).orElseThrow();
        assertFalse(refused.byAccount());
        assertEquals(Duration.ofSeconds(30), refused.retryAfter());
        assertTrue(throttle.check("someone-else", new ClientKey("203.0.113.8")).isEmpty(), "other addresses go on");
        clock.advance(Duration.ofSeconds(30));
        assertTrue(throttle.check("someone-else", one).isEmpty());
    }

    private static ClientKey address(int number) {
        return new ClientKey("198.18.0." + number);
    }
}
