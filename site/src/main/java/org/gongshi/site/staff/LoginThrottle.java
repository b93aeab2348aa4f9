package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.gongshi.site.web.guard.ClientKey;

/**
 * Slows down password and code guessing before any hash is computed. Per account: five failures are free, then each
 * failure locks the name for twice as long as the last, from one minute up to fifteen — time-based, so the real owner
 * is never locked out for good; a full sign-in clears it, a day without failures forgets it. Per client address (the
 * socket's peer, or what a trusted proxy reports): ten failures at once, then one more every thirty seconds, so one
 * machine cannot try a password on many names. Names that are no account are counted the same, so a lockout does
 * not tell which names exist.
 *
 * <p>The counts live in this process's memory, which is right for one node. With several web nodes each would count
 * alone and an attacker would get that many times the attempts: move them into the shared database then.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCKOUT = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCKOUT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    static final int ADDRESS_BURST = 10;
    static final Duration ADDRESS_INTERVAL = Duration.ofSeconds(30);
    /** Per map: ~100 bytes an entry, a few MB at most; the least recently seen is forgotten beyond. */
    static final int MAXIMUM_TRACKED = 50_000;
    /** A typed name is a key, not a value to keep: anything longer than an account name can be is cut. */
    private static final int LONGEST_KEY = 64;

    private final Clock clock;
    private final RecentEntries<AccountFailures> accounts = new RecentEntries<>(MAXIMUM_TRACKED);
    private final RecentEntries<AddressFailures> addresses = new RecentEntries<>(MAXIMUM_TRACKED);

    LoginThrottle(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /** Whether an attempt for {@code accountName} from {@code client} may go ahead, or why not and for how long. */
    Optional<Refusal> check(String accountName, ClientKey client) {
        long now = clock.millis();
        Optional<Refusal> byAccount = accounts.with(key(accountName), entry -> entry == null ? Optional.empty()
                : entry.refusal(now));
        if (byAccount.isPresent()) {
            return byAccount;
        }
        return addresses.with(client.value(), entry -> entry == null ? Optional.empty() : entry.refusal(now));
    }

    void failed(String accountName, ClientKey client) {
        long now = clock.millis();
        accounts.update(key(accountName), AccountFailures::new, entry -> entry.fail(now));
        addresses.update(client.value(), AddressFailures::new, entry -> entry.fail(now));
    }

    /** A complete sign-in (password and, where set up, second factor): the account's failures are forgiven. */
    void succeeded(String accountName) {
        accounts.remove(key(accountName));
    }

    private static String key(String accountName) {
        String name = accountName == null ? "" : accountName.strip().toLowerCase(Locale.ROOT);
        return name.length() > LONGEST_KEY ? name.substring(0, LONGEST_KEY) : name;
    }

    /** An attempt refused: {@code firstOfLockout} is true once per lockout, so only that one is audited. */
    record Refusal(Duration retryAfter, boolean byAccount, boolean firstOfLockout) {
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private static final class AccountFailures {
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
            return Optional.of(new Refusal(Duration.ofMillis(lockedUntil - now), true, first));
        }
    }

    /** A token bucket of failures kept as the instant it is full again (GCRA), as the public rate limits are. */
    private static final class AddressFailures {
        private long fullAt;
        private long reportedUntil;

        void fail(long now) {
            fullAt = Math.max(fullAt, now) + ADDRESS_INTERVAL.toMillis();
        }

        Optional<Refusal> refusal(long now) {
            long interval = ADDRESS_INTERVAL.toMillis();
            long wait = Math.max(fullAt, now) + interval - now - ADDRESS_BURST * interval;
            if (wait <= 0) {
                return Optional.empty();
            }
            boolean first = reportedUntil <= now;
            if (first) {
                reportedUntil = now + wait;
            }
            return Optional.of(new Refusal(Duration.ofMillis(wait), false, first));
        }
    }
}
