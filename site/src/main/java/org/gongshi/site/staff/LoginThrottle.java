package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.gongshi.site.web.guard.ClientKey;

/**
 * Slows down password and code guessing before any hash is computed, without letting a guesser lock the owner out
 * (OWASP ASVS 4.0 2.2.1, 5.0 6.1.1 and 6.3.1; the reasoning is in docs/architecture.md). Three limits:
 *
 * <ul>
 *   <li><b>An account from one source</b> — a browser the member has fully signed in from before (a known device),
 *       else the client address: five failures are free, then each failure locks that pair for twice as long as the
 *       last, from one minute up to fifteen. A guesser locks out only itself; a full sign-in clears the pair, a day
 *       without failures forgets it.
 *   <li><b>An account from every unknown source together</b>: {@value #ACCOUNT_BURST} failures at once, then one a
 *       minute — under 100 an hour, however many addresses guess. Known devices are not held by it, so even a
 *       guesser with many addresses cannot keep the owner out of a browser they used before.
 *   <li><b>One address on every name</b>: ten failures at once, then one every thirty seconds, so one machine cannot
 *       try a password on many names. Known devices are not held by it either (an office behind one address).
 * </ul>
 *
 * Names that are no account are counted the same, so a refusal does not tell which names exist. The counts live in
 * this process's memory, right for one node; with several web nodes they move into the shared database.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCKOUT = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCKOUT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    static final int ACCOUNT_BURST = 20;
    static final Duration ACCOUNT_INTERVAL = Duration.ofMinutes(1);
    static final int ADDRESS_BURST = 10;
    static final Duration ADDRESS_INTERVAL = Duration.ofSeconds(30);
    /** Per map: ~100 bytes an entry, a few MB at most; the least recently seen is forgotten beyond. */
    static final int MAXIMUM_TRACKED = 50_000;
    /** A typed name is a key, not a value to keep: anything longer than an account name can be is cut. */
    private static final int LONGEST_KEY = 64;

    private final Clock clock;
    private final RecentEntries<Lockout> pairs = new RecentEntries<>(MAXIMUM_TRACKED);
    private final RecentEntries<Bucket> accounts = new RecentEntries<>(MAXIMUM_TRACKED);
    private final RecentEntries<Bucket> addresses = new RecentEntries<>(MAXIMUM_TRACKED);

    LoginThrottle(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * One sign-in attempt: the name typed, the client's address, and {@code device}, the browser's device id when it
     * is known for that name, else null.
     */
    record Attempt(String accountName, ClientKey client, String device) {
        Attempt {
            requireNonNull(client, "client");
            accountName = key(accountName);
        }

        boolean fromKnownDevice() {
            return device != null;
        }

        private String pair() {
            return accountName + "\n" + (fromKnownDevice() ? "device " + device : "address " + client.value());
        }
    }

    /** What holds an attempt back. */
    enum Scope {
        ACCOUNT_FROM_HERE, ACCOUNT, ADDRESS
    }

    /** An attempt refused: {@code firstOfLockout} is true once per lockout, so only that one is audited. */
    record Refusal(Duration retryAfter, Scope scope, boolean firstOfLockout) {
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /** Whether {@code attempt} may go ahead, or why not and for how long. */
    Optional<Refusal> check(Attempt attempt) {
        long now = clock.millis();
        Optional<Refusal> refusal = pairs.with(attempt.pair(), entry -> entry == null ? Optional.empty()
                : entry.refusal(now));
        if (refusal.isPresent() || attempt.fromKnownDevice()) {
            return refusal;
        }
        refusal = accounts.with(attempt.accountName(), entry -> entry == null ? Optional.empty()
                : entry.refusal(now, ACCOUNT_BURST, ACCOUNT_INTERVAL, Scope.ACCOUNT));
        if (refusal.isPresent()) {
            return refusal;
        }
        return addresses.with(attempt.client().value(), entry -> entry == null ? Optional.empty()
                : entry.refusal(now, ADDRESS_BURST, ADDRESS_INTERVAL, Scope.ADDRESS));
    }

    void failed(Attempt attempt) {
        long now = clock.millis();
        pairs.update(attempt.pair(), Lockout::new, entry -> entry.fail(now));
        if (!attempt.fromKnownDevice()) {
            accounts.update(attempt.accountName(), Bucket::new, entry -> entry.fail(now, ACCOUNT_INTERVAL));
            addresses.update(attempt.client().value(), Bucket::new, entry -> entry.fail(now, ADDRESS_INTERVAL));
        }
    }

    /** A complete sign-in (password and, where set up, second factor): that source's failures are forgiven. */
    void succeeded(Attempt attempt) {
        pairs.remove(attempt.pair());
    }

    private static String key(String accountName) {
        String name = accountName == null ? "" : accountName.strip().toLowerCase(Locale.ROOT);
        return name.length() > LONGEST_KEY ? name.substring(0, LONGEST_KEY) : name;
    }

    /** Five free failures, then lockouts that double from a minute up to fifteen. */
    private static final class Lockout {
        private int failures;
        private long lastFailureAt;
        private long lockedUntil;
        private long reportedUntil;

        void fail(long now) {
            if (now - lastFailureAt > FORGET_AFTER.toMillis()) {
                failures = 0;
            }
            failures++;
            lastFailureAt = now;
            if (failures >= FREE_FAILURES) {
                int doublings = Math.min(failures - FREE_FAILURES, 10);
                long lockout = Math.min(FIRST_LOCKOUT.toMillis() << doublings, LONGEST_LOCKOUT.toMillis());
                lockedUntil = now + lockout;
            }
        }

        Optional<Refusal> refusal(long now) {
            if (lockedUntil <= now) {
                return Optional.empty();
            }
            boolean first = reportedUntil < lockedUntil;
            reportedUntil = lockedUntil;
            return Optional.of(new Refusal(Duration.ofMillis(lockedUntil - now), Scope.ACCOUNT_FROM_HERE, first));
        }
    }

    /** A token bucket of failures kept as the instant it is full again (GCRA), as the public rate limits are. */
    private static final class Bucket {
        private long fullAt;
        private long reportedUntil;

        void fail(long now, Duration interval) {
            fullAt = Math.max(fullAt, now) + interval.toMillis();
        }

        Optional<Refusal> refusal(long now, int burst, Duration interval, Scope scope) {
            long wait = Math.max(fullAt, now) + interval.toMillis() - now - burst * interval.toMillis();
            if (wait <= 0) {
                return Optional.empty();
            }
            boolean first = reportedUntil <= now;
            if (first) {
                reportedUntil = now + wait;
            }
            return Optional.of(new Refusal(Duration.ofMillis(wait), scope, first));
        }
    }
}
