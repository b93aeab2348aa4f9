package org.gongshi.site.web.guard;

/** What a client does with a challenge, by brute force; the ITs use it to act as a browser would. */
public final class Solver {
    private Solver() {}

    public static Solution solve(Challenge challenge) {
        return solve(challenge.algorithm(), challenge.challenge(), challenge.maxnumber(), challenge.salt(),
                challenge.signature());
    }

    public static Solution solve(String algorithm, String challenge, long maxnumber, String salt, String signature) {
        for (long number = 0; number <= maxnumber; number++) {
            if (Signer.sha256Hex(salt + number).equals(challenge)) {
                return new Solution(algorithm, challenge, number, salt, signature);
            }
        }
        throw new AssertionError("no number up to " + maxnumber + " solves " + challenge);
    }
}
