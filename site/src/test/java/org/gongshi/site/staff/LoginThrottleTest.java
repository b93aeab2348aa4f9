package org.gongshi.site.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.site.staff.LoginThrottle.Attempt;
import org.gongshi.site.staff.LoginThrottle.Scope;
import org.gongshi.site.web.guard.ClientKey;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void anAccountFromOneAddressIsLockedAfterFiveFailuresForLongerEachTimeButNeverForGood() {
        for (int failure = 1; failure <= 4; failure++) {
            throttle.failed(from("wang", 1));
            assertTrue(throttle.check(from("wang", 1)).isEmpty(), "failure " + failure + " is free");
        }
        throttle.failed(from("wang", 1));
        LoginThrottle.Refusal first = throttle.check(from("Wang ", 1)).orElseThrow();
        assertEquals(Duration.ofMinutes(1), first.retryAfter(), "whatever the case of the name");
        assertTrue(first.scope() == Scope.ACCOUNT_FROM_HERE && first.firstOfLockout());
        assertFalse(throttle.check(from("wang", 1)).orElseThrow().firstOfLockout(), "audited once per lockout");

        clock.advance(Duration.ofMinutes(1));
        assertTrue(throttle.check(from("wang", 1)).isEmpty(), "the lockout has run out");
        throttle.failed(from("wang", 1));
        assertEquals(Duration.ofMinutes(2), throttle.check(from("wang", 1)).orElseThrow().retryAfter());
        for (int failure = 0; failure < 10; failure++) {
            clock.advance(Duration.ofHours(1));
            throttle.failed(from("wang", 1));
        }
        assertEquals(LoginThrottle.LONGEST_LOCKOUT, throttle.check(from("wang", 1)).orElseThrow().retryAfter());

        throttle.succeeded(from("wang", 1));
        assertTrue(throttle.check(from("wang", 1)).isEmpty(), "a full sign-in forgives");
    }

    @Test
    void aGuesserAtOneAddressNeverKeepsTheOwnerAtAnotherOut() {
        // a day of guessing as the site lets it: each attempt that is not refused fails
        for (int attempt = 0; attempt < 2_880; attempt++) {
            if (throttle.check(from("wang", 66)).isEmpty()) {
                throttle.failed(from("wang", 66));
            }
            clock.advance(Duration.ofSeconds(30));
        }

        assertEquals(Scope.ACCOUNT_FROM_HERE, throttle.check(from("wang", 66)).orElseThrow().scope());
        assertEquals(Optional.empty(), throttle.check(from("wang", 1)), "the owner's own address is free");
    }

    @Test
    void manyAddressesTogetherGetTwentyFailuresThenOneAMinuteButAKnownDeviceGoesOn() {
        for (int address = 0; address < LoginThrottle.ACCOUNT_BURST; address++) {
            assertTrue(throttle.check(from("li", 100 + address)).isEmpty());
            throttle.failed(from("li", 100 + address));
        }

        LoginThrottle.Refusal refused = throttle.check(from("li", 1)).orElseThrow();
        assertEquals(Scope.ACCOUNT, refused.scope(), "a new address is held by the account's own limit");
        assertEquals(Duration.ofMinutes(1), refused.retryAfter());
        Attempt knownDevice = new Attempt("li", address(100), "device-of-li");
        assertEquals(Optional.empty(), throttle.check(knownDevice), "even at a guesser's address");
        clock.advance(LoginThrottle.ACCOUNT_INTERVAL);
        assertTrue(throttle.check(from("li", 1)).isEmpty(), "one more a minute");
    }

    @Test
    void aKnownDeviceHasALockoutOfItsOwn() {
        Attempt device = new Attempt("zhao", address(1), "device-of-zhao");
        for (int failure = 0; failure < LoginThrottle.FREE_FAILURES; failure++) {
            throttle.failed(device);
        }

        assertEquals(Scope.ACCOUNT_FROM_HERE, throttle.check(device).orElseThrow().scope());
        assertTrue(throttle.check(from("zhao", 1)).isEmpty(), "its failures are not the address's");
    }

    @Test
    void aDayWithoutFailuresForgetsThem() {
        for (int failure = 0; failure < 4; failure++) {
            throttle.failed(from("li", 1));
        }
        clock.advance(Duration.ofHours(25));
        throttle.failed(from("li", 1));
        assertEquals(Optional.empty(), throttle.check(from("li", 1)));
    }

    @Test
    void oneAddressGetsTenFailuresAtOnceThenOneEveryThirtySeconds() {
        for (int failure = 0; failure < 10; failure++) {
            assertTrue(throttle.check(from("name" + failure, 7)).isEmpty());
            throttle.failed(from("name" + failure, 7));
        }
        LoginThrottle.Refusal refused = throttle.check(from("someone-else", 7)).orElseThrow();
        assertEquals(Scope.ADDRESS, refused.scope());
        assertEquals(Duration.ofSeconds(30), refused.retryAfter());
        assertTrue(throttle.check(from("someone-else", 8)).isEmpty(), "other addresses go on");
        assertTrue(throttle.check(new Attempt("someone-else", address(7), "device")).isEmpty(),
                "a known device behind the same address goes on");
        clock.advance(Duration.ofSeconds(30));
        assertTrue(throttle.check(from("someone-else", 7)).isEmpty());
    }

    private static Attempt from(String accountName, int address) {
        return new Attempt(accountName, address(address), null);
    }

    private static ClientKey address(int number) {
        return new ClientKey("198.18." + number / 256 + "." + number % 256);
    }
}
