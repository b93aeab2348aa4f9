package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The numbers an applicant holds. A <b>submission token</b> (random, 128 bits) is put into each new form; a
 * <b>tracking number</b> (YY261124K7M3QP: kind, Beijing date, 30 random bits) names the request and is not a count of
 * anything; the <b>query code</b> (128 bits, 26 symbols) proves the holder is the applicant.
 *
 * <p>Why the code is derived, HMAC-SHA256(plugin key, submission token), and not drawn at random: a form sent twice
 * (double click, retry after a timeout) must show the same receipt, code included, yet the code must never be stored
 * in clear. The token arrives again with the repeated form, so the code can be computed again; the table holds only
 * the SHA-256 of the token (to find the first submission) and of the code (to check it). The code has 128 bits from
 * SecureRandom through the token, so a fast hash is enough to store it: there is nothing to brute-force.
 */
final class Codes {
    static final int QUERY_CODE_SYMBOLS = 26;
    private static final int TRACKING_RANDOM_SYMBOLS = 6;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final SecureRandom random;
    private final byte[] key;

    Codes(SecureRandom random, byte[] key) {
        this.random = requireNonNull(random, "random");
        this.key = key.clone();
    }

    /** A new form's token: 128 random bits in base64url. */
    String submissionToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} looks like one this class makes, before it is trusted as a key. */
    static boolean isSubmissionToken(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{22}");
    }

    String trackingNumber(Kind kind, LocalDate submittedOn) {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return kind.prefix() + DATE.format(submittedOn) + Base32.encode(bytes, TRACKING_RANDOM_SYMBOLS);
    }

    /** The query code of the request submitted with {@code token}, 26 symbols. */
    String queryCode(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(("query-code:" + token).getBytes(StandardCharsets.UTF_8));
            return Base32.encode(digest, QUERY_CODE_SYMBOLS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The code as printed on the receipt, in groups of four for copying by hand. */
    static String grouped(String code) {
        return String.join(" ", code.split("(?<=\\G.{4})"));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares a typed code with a stored hash in time independent of where they differ. */
    static boolean matches(String typedCode, String storedHash) {
        String normalized = Base32.normalize(typedCode);
        String hash = sha256(normalized == null ? "" : normalized);
        return MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
