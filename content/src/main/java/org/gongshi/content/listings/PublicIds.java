package org.gongshi.content.listings;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Fresh public ids, safe in a URL: 10 lowercase base32 symbols of the creation time in milliseconds, then 10 random
 * ones (50 bits, unguessable). Ids made later sort later, so a bulk import appends to the primary-key index instead of
 * writing all over it; the time they reveal is no more than the public 发布时间.
 */
final class PublicIds {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int TIME_SYMBOLS = 10;
    private static final int RANDOM_SYMBOLS = 10;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    PublicIds(Clock clock) {
        this.clock = clock;
    }

    String next() {
        char[] id = new char[TIME_SYMBOLS + RANDOM_SYMBOLS];
        long millis = clock.millis();
        for (int index = TIME_SYMBOLS - 1; index >= 0; index--) {
            id[index] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        // one draw for all ten symbols: SecureRandom costs a system call per draw, and an import makes a million ids
        long bits = random.nextLong();
        for (int index = TIME_SYMBOLS; index < id.length; index++) {
            id[index] = ALPHABET[(int) (bits & 31)];
            bits >>>= 5;
        }
        return new String(id);
    }
}
