package org.gongshi.site.web.guard;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Set;

/** A request over its bucket's limit; {@code challengeOffered}: a proof of work would let it through. */
final class RateLimitedException extends RuntimeException {
    private final Presentation presentation;
    private final Duration retryAfter;
    private final boolean challengeOffered;
    private final Set<String> unechoed;

    /** {@code unechoed}: query parameters the 429 page must not carry back. */
    RateLimitedException(Presentation presentation, Duration retryAfter, boolean challengeOffered,
            Set<String> unechoed) {
        super("rate limited", null, false, false);
        this.presentation = requireNonNull(presentation, "presentation");
        this.retryAfter = requireNonNull(retryAfter, "retryAfter");
        this.challengeOffered = challengeOffered;
        this.unechoed = requireNonNull(unechoed, "unechoed");
    }

    Set<String> unechoed() {
        return unechoed;
    }

    Presentation presentation() {
        return presentation;
    }

    /** Whole seconds, at least one, as Retry-After wants them. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    boolean challengeOffered() {
        return challengeOffered;
    }
}
