package org.gongshi.site.staff;

import java.security.SecureRandom;

/** Passwords an administrator hands over once; 20 characters without look-alikes (0/O, 1/l/I), about 110 bits. */
public final class OneTimePasswords {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 20;

    private final SecureRandom random;

    public OneTimePasswords(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int index = 0; index < LENGTH; index++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
