package org.gongshi.site.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gongshi.content.testing.SettableClock;
import org.junit.jupiter.api.Test;

class ProofOfWorkChallengeTest {
    private static final long MAXIMUM = 500;

    private final SettableClock clock = new SettableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private final SecureRandom random = new SecureRandom();
    private final ProofOfWorkChallenge challenges =
            new ProofOfWorkChallenge(new Signer(random), random, clock, MAXIMUM, Duration.ofMinutes(10));

    @Test
    void aSolvedChallengeIsRedeemedOnce() {
        Challenge challenge = challenges.issue();
        assertEquals("SHA-256", challenge.algorithm());
        assertEquals(MAXIMUM, challenge.maxnumber());
        Solution solution = Solver.solve(challenge);

        assertTrue(challenges.redeem(solution));
        assertFalse(challenges.redeem(solution), "a replay is refused");
    }

    @Test
    void aWrongNumberIsRefused() {
        Solution solution = Solver.solve(challenges.issue());
        assertFalse(challenges.redeem(withNumber(solution, (solution.number() + 1) % (MAXIMUM + 1))));
        assertTrue(challenges.redeem(solution), "the refusal did not spend the challenge");
    }

    @Test
    void anExpiredChallengeIsRefused() {
        Solution solution = Solver.solve(challenges.issue());
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertFalse(challenges.redeem(solution));
    }

    @Test
    void aTamperedOrForeignSignatureIsRefused() {
        Solution solution = Solver.solve(challenges.issue());
        String flipped = (solution.signature().charAt(0) == '0' ? "1" : "0") + solution.signature().substring(1);
        assertFalse(challenges.redeem(new Solution(solution.algorithm(), solution.challenge(), solution.number(),
                solution.salt(), flipped)));

        ProofOfWorkChallenge otherServer =
                new ProofOfWorkChallenge(new Signer(random), random, clock, MAXIMUM, Duration.ofMinutes(10));
        assertFalse(otherServer.redeem(solution), "another key never signed it");
    }

    @Test
    void aChallengeOfTheClientsOwnMakingIsRefused() {
        Challenge issued = challenges.issue();
        String salt = "000000000000000000000000." + (clock.instant().getEpochSecond() + 60) + ".";
        String easy = Signer.sha256Hex(salt + 0);
        assertFalse(challenges.redeem(new Solution("SHA-256", easy, 0, salt, issued.signature())));
    }

    @Test
    void digitsMovedFromTheNumberIntoTheSaltAreRefused() {
        Solution solution = Solver.solve(challenges.issue());
        while (solution.number() < 10) {
            solution = Solver.solve(challenges.issue());
        }
        String digits = Long.toString(solution.number());
        String salt = solution.salt() + digits.charAt(0);
        long number = Long.parseLong(digits.substring(1));
        assertEquals(solution.challenge(), Signer.sha256Hex(salt + digits.substring(1)), "the same bytes hashed");
        assertFalse(challenges.redeem(new Solution(solution.algorithm(), solution.challenge(), number, salt,
                solution.signature())), "the salt must end at its delimiter");
    }

    @Test
    void theEncodedFormRoundTripsAndGarbageDecodesToNothing() {
        Solution solution = Solver.solve(challenges.issue());
        assertEquals(Optional.of(solution), Solution.decode(solution.encode()));
        assertEquals(Optional.empty(), Solution.decode("not base64!"));
        assertEquals(Optional.empty(), Solution.decode("e30="), "{} lacks every field");
        assertEquals(Optional.empty(), Solution.decode(null));
        assertEquals(Optional.empty(), Solution.decode("A".repeat(5_000)));
    }

    private static Solution withNumber(Solution solution, long number) {
        return new Solution(solution.algorithm(), solution.challenge(), number, solution.salt(),
                solution.signature());
    }
}
