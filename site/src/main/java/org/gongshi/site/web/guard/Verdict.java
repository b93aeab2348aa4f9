package org.gongshi.site.web.guard;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** What the limiter decided; {@code retryAfter} is zero when allowed, else when the next request would be. */
public record Verdict(Outcome outcome, Duration retryAfter) {
    public enum Outcome {
        ALLOWED,
        /** Over the soft limit: the request needs a proof of work. */
        CHALLENGE,
        /** Over the hard limit: refused until {@code retryAfter}. */
        REFUSED
    }

    public Verdict {
        requireNonNull(outcome, "outcome");
        requireNonNull(retryAfter, "retryAfter");
    }

    static final Verdict ALLOWED = new Verdict(Outcome.ALLOWED, Duration.ZERO);
}
