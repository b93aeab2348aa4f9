package org.gongshi.site.staff;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane). Each hash costs tens of milliseconds of one core and
 * 19 MiB, so at most {@code permits} run at once: a flood of logins queues here, briefly, and then is told to retry
 * instead of starving the public pages of CPU and memory.
 */
public final class PasswordHasher {
    static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    private static final int SALT_BYTES = 16;

    private final Semaphore permits;
    private final Duration patience;

    public PasswordHasher(int permits, Duration patience) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, got " + permits);
        }
        this.permits = new Semaphore(permits, true);
        this.patience = patience;
    }

    /** Half the cores, at least one: the other half keeps serving the public. */
    public static PasswordHasher forThisMachine() {
        return new PasswordHasher(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), Duration.ofSeconds(5));
    }

    public String hash(String password) {
        return bounded(() -> Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult());
    }

    /** Whether {@code password} matches {@code encoded}; an absent hash still costs one check. */
    public boolean matches(String password, String encoded) {
        String stored = encoded == null ? Decoy.HASH : encoded;
        boolean matches = bounded(() -> Argon2Function.getInstanceFromHash(stored).check(password, stored));
        return matches && encoded != null;
    }

    /** A hash made with weaker or other parameters than today's, to be replaced at the next successful login. */
    public boolean outdated(String encoded) {
        return !ARGON2ID.equals(Argon2Function.getInstanceFromHash(encoded));
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HasherBusyException();
        }
        if (!acquired) {
            throw new HasherBusyException();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /**
     * Checked when the name is unknown, so that an unknown name takes as long as a wrong password. Made on first use,
     * not at start-up: one Argon2id hash is a noticeable part of the start-up budget.
     */
    private static final class Decoy {
        static final String HASH = Password.hash("decoy password").addRandomSalt(SALT_BYTES).with(ARGON2ID)
                .getResult();
    }
}
