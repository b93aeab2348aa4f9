package org.gongshi.site.web.guard;

import java.time.Duration;

/** A token bucket: up to {@code burst} requests at once, then one more every {@code interval}. */
public record RateLimit(int burst, Duration interval) {
    public RateLimit {
        if (burst < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a burst of at least 1 and a positive interval");
        }
    }

    public static RateLimit perMinute(int requests, int burst) {
        return new RateLimit(burst, Duration.ofMinutes(1).dividedBy(requests));
    }
}
