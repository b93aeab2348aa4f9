package org.gongshi.site.web.guard;

import java.time.Duration;

/**
 * One client's standing in one bucket as two generic cell rate algorithm cells: for each limit, the instant (epoch
 * milliseconds) at which its bucket is full again. Not thread-safe; the limiter holds its lock.
 */
final class Allowance {
    private final BucketLimits limits;
    private long softFullAt;
    private long hardFullAt;

    Allowance(BucketLimits limits) {
        this.limits = limits;
    }

    Verdict take(long now, boolean passed) {
        long hardWait = wait(limits.hard(), hardFullAt, now);
        if (hardWait > 0) {
            return new Verdict(Verdict.Outcome.REFUSED, Duration.ofMillis(hardWait));
        }
        long softWait = wait(limits.soft(), softFullAt, now);
        if (softWait > 0 && !passed) {
            hardFullAt = next(limits.hard(), hardFullAt, now); // a challenge page counts against the hard limit
            return new Verdict(Verdict.Outcome.CHALLENGE, Duration.ofMillis(softWait));
        }
        hardFullAt = next(limits.hard(), hardFullAt, now);
        if (softWait == 0) {
            softFullAt = next(limits.soft(), softFullAt, now);
        }
        return Verdict.ALLOWED;
    }

    /** Nothing remembered here differs from a client never seen, so forgetting it loses nothing. */
    boolean isFull(long now) {
        return softFullAt <= now && hardFullAt <= now;
    }

    private static long wait(RateLimit limit, long fullAt, long now) {
        long interval = limit.interval().toMillis();
        return Math.max(0, next(limit, fullAt, now) - now - limit.burst() * interval);
    }

    private static long next(RateLimit limit, long fullAt, long now) {
        return Math.max(fullAt, now) + limit.interval().toMillis();
    }
}
