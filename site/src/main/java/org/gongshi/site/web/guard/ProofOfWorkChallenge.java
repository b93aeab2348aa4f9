package org.gongshi.site.web.guard;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issues and verifies proof-of-work challenges (ALTCHA's scheme, written here): the salt is random with its expiry
 * embedded and ends in a delimiter, so digits cannot be moved between salt and number to forge a later expiry.
 */
public final class ProofOfWorkChallenge {
    public static final String ALGORITHM = "SHA-256";
    /**
     * The secret number is uniform in 0 … 100,000, so a solver tries 50,000 hashes on average: about half a second
     * to two seconds with crypto.subtle in a browser, including yielding to the page.
     */
    public static final long DEFAULT_MAXIMUM_NUMBER = 100_000;
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(10);
    /** Spent challenges kept at once: far above the solutions the site can receive in one lifetime. */
    static final int SPENT_CAPACITY = 100_000;
    private static final String PURPOSE = "challenge";
    private static final Pattern SALT = Pattern.compile("[0-9a-f]{24}\\.(\\d{1,12})\\.");

    private final Signer signer;
    private final SecureRandom random;
    private final Clock clock;
    private final long maximumNumber;
    private final Duration lifetime;
    private final SpentChallenges spent = new SpentChallenges(SPENT_CAPACITY);

    public ProofOfWorkChallenge(Signer signer, SecureRandom random, Clock clock, long maximumNumber,
            Duration lifetime) {
        this.signer = requireNonNull(signer, "signer");
        this.random = requireNonNull(random, "random");
        this.clock = requireNonNull(clock, "clock");
        this.lifetime = requireNonNull(lifetime, "lifetime");
        if (maximumNumber < 1) {
            throw new IllegalArgumentException("maximumNumber must be positive");
        }
        this.maximumNumber = maximumNumber;
    }

    public Challenge issue() {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        long expiresAt = clock.instant().plus(lifetime).getEpochSecond();
        String salt = HexFormat.of().formatHex(nonce) + "." + expiresAt + ".";
        long secret = random.nextLong(maximumNumber + 1);
        String challenge = Signer.sha256Hex(salt + secret);
        return new Challenge(ALGORITHM, challenge, maximumNumber, salt, signer.sign(PURPOSE, challenge));
    }

    /** True once per issued challenge whose number is right, before it expires; false for anything else. */
    public boolean redeem(Solution solution) {
        requireNonNull(solution, "solution");
        Matcher salt = SALT.matcher(solution.salt());
        if (!ALGORITHM.equals(solution.algorithm()) || !salt.matches()
                || !signer.verify(PURPOSE, solution.challenge(), solution.signature())
                || solution.number() < 0 || solution.number() > maximumNumber
                || !Signer.sha256Hex(solution.salt() + solution.number()).equals(solution.challenge())) {
            return false;
        }
        long expiresAt = Long.parseLong(salt.group(1));
        long now = clock.instant().getEpochSecond();
        return expiresAt >= now && spent.spend(solution.challenge(), expiresAt, now);
    }
}
