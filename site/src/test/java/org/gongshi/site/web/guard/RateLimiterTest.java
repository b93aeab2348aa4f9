package org.gongshi.site.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.site.web.guard.Verdict.Outcome;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    /** 3 at once, then one every 10 s; refused beyond 6 at once or one every 5 s. */
    private static final BucketLimits SMALL = new BucketLimits("small",
            new RateLimit(3, Duration.ofSeconds(10)), new RateLimit(6, Duration.ofSeconds(5)));
    private static final ClientKey ALICE = new ClientKey("192.0.2.1");
    private static final ClientKey BOB = new ClientKey("192.0.2.2");

    private final SettableClock clock = new SettableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(clock, 100, List.of(SMALL));

    @Test
    void aBurstIsAllowedThenAChallengeWithTheWaitUntilTheNextToken() {
        for (int request = 0; request < 3; request++) {
            assertEquals(Outcome.ALLOWED, take(ALICE, false));
        }
        Verdict over = limiter.take("small", ALICE, false);
        assertEquals(Outcome.CHALLENGE, over.outcome());
        assertEquals(Duration.ofSeconds(10), over.retryAfter());
        assertEquals(Outcome.ALLOWED, take(BOB, false), "another client has its own allowance");
    }

    @Test
    void tokensComeBackAtTheRefillRate() {
        for (int request = 0; request < 3; request++) {
            take(ALICE, false);
        }
        clock.advance(Duration.ofSeconds(9));
        assertEquals(Outcome.CHALLENGE, take(ALICE, false));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Outcome.ALLOWED, take(ALICE, false));
        assertEquals(Outcome.CHALLENGE, take(ALICE, false));
        clock.advance(Duration.ofSeconds(30));
        for (int request = 0; request < 3; request++) {
            assertEquals(Outcome.ALLOWED, take(ALICE, false), "full again after three intervals, not more");
        }
        assertEquals(Outcome.CHALLENGE, take(ALICE, false));
    }

    @Test
    void aPassSkipsTheSoftLimitButNeverTheHardOne() {
        for (int request = 0; request < 6; request++) {
            assertEquals(Outcome.ALLOWED, take(ALICE, true));
        }
        Verdict refused = limiter.take("small", ALICE, true);
        assertEquals(Outcome.REFUSED, refused.outcome());
        assertEquals(Duration.ofSeconds(5), refused.retryAfter());
    }

    @Test
    void challengePagesCountAgainstTheHardLimit() {
        for (int request = 0; request < 6; request++) {
            take(ALICE, false);
        }
        assertEquals(Outcome.REFUSED, take(ALICE, false));
        assertEquals(Outcome.REFUSED, take(ALICE, true), "refused even with a pass");
    }

    @Test
    void clientsWhoseBucketsAreFullAgainAreForgotten() {
        take(ALICE, false);
        take(BOB, false);
        assertEquals(2, limiter.trackedClients());
        clock.advance(Duration.ofSeconds(11));
        take(new ClientKey("192.0.2.3"), false);
        assertEquals(1, limiter.trackedClients());
    }

    @Test
    void atTheCapTheLeastRecentlySeenClientStartsAfresh() {
        RateLimiter small = new RateLimiter(clock, 2, List.of(SMALL));
        for (int request = 0; request < 3; request++) {
            small.take("small", ALICE, false);
        }
        small.take("small", BOB, false);
        small.take("small", new ClientKey("192.0.2.3"), false);
        assertEquals(2, small.trackedClients());
        assertEquals(Outcome.ALLOWED, small.take("small", ALICE, false).outcome(), "Alice was forgotten");
    }

    @Test
    void anUnknownBucketFailsWhenARouteIsConfigured() {
        assertThrows(IllegalArgumentException.class, () -> limiter.limits("listings"));
    }

    @Test
    void aHardLimitBelowTheSoftOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BucketLimits("upside-down",
                new RateLimit(10, Duration.ofSeconds(1)), new RateLimit(5, Duration.ofSeconds(1))));
    }

    private Outcome take(ClientKey client, boolean passed) {
        return limiter.take("small", client, passed).outcome();
    }
}
