package org.gongshi.site.staff;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): 30-second steps, six digits, HMAC-SHA1 — the parameters
 * every authenticator app supports. Written here on javax.crypto because it is a dozen lines checked against the
 * RFC's vectors; the Java libraries for it add QR and codec dependencies or are no longer maintained.
 */
final class Totp {
    static final long STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** A code from the step before or after now is accepted too: clocks drift and people type slowly. */
    static final int TOLERANCE = 1;

    private Totp() {}

    static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, "HmacSHA1");
    }

    /** RFC 4226 section 5.3: HMAC of the 8-byte counter, dynamic truncation, the low {@code digits} digits. */
    static String code(byte[] secret, long step, int digits, String algorithm) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
        int offset = hash[hash.length - 1] & 0xf;
        int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
                | hash[offset + 3] & 0xff;
        int modulus = (int) Math.pow(10, digits);
        return String.format("%0" + digits + "d", binary % modulus);
    }

    /** The step within {@link #TOLERANCE} of {@code now} whose code is {@code code}, compared in constant time. */
    static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
            if (MessageDigest.isEqual(typed, code(secret, step).getBytes(StandardCharsets.US_ASCII))
                    && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
