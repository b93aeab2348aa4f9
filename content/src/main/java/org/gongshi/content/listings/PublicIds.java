package org.gongshi.content.listings;

import java.security.SecureRandom;

/** Fresh public ids: 16 lowercase base32 symbols (80 random bits), unguessable and safe in a URL. */
final class PublicIds {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    String next() {
        char[] id = new char[LENGTH];
        for (int index = 0; index < LENGTH; index++) {
            id[index] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
