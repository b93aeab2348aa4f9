package org.gongshi.site.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Ten one-time recovery codes for a lost authenticator: 16 characters (80 random bits) shown as four groups, from an
 * alphabet without i, l, o and u so that nothing reads as something else. At 80 bits a salted SHA-256 is enough to
 * store them: unlike a password, no list of likely codes exists to try.
 */
final class RecoveryCodes {
    static final int COUNT = 10;
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int LENGTH = 16;

    private final SecureRandom random;

    RecoveryCodes(SecureRandom random) {
        this.random = random;
    }

    /** Fresh codes as shown to the person, e.g. {@code 7k2m-q9xz-3bdf-h0ra}. */
    List<String> issue() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int count = 0; count < COUNT; count++) {
            StringBuilder code = new StringBuilder();
            for (int index = 0; index < LENGTH; index++) {
                if (index > 0 && index % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** Whether {@code typed} has the shape of a recovery code (and so is not a six-digit TOTP code). */
    static boolean looksLikeOne(String typed) {
        return normalize(typed).length() == LENGTH;
    }

    /** The stored form: SHA-256 of the account name and the code as typed, forgiving case, dashes and look-alikes. */
    static String hash(String accountName, String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((accountName + ":" + normalize(typed)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }

    private static String normalize(String typed) {
        return typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('o', '0').replace('i', '1').replace('l', '1');
    }
}
