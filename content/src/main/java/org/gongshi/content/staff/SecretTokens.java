package org.gongshi.content.staff;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random secrets a browser holds (a session id, a device token), and the SHA-256 under which alone they are
 * stored, so that a copy of the database opens nothing.
 */
final class SecretTokens {
    private static final int TOKEN_BYTES = 32;
    private static final Base64.Encoder TOKENS = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    SecretTokens(SecureRandom random) {
        this.random = requireNonNull(random, "random");
    }

    String next() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return TOKENS.encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }
}
