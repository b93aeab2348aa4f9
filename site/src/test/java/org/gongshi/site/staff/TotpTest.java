package org.gongshi.site.staff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {
    /** RFC 6238 appendix B: the SHA-1 seed is the ASCII of "12345678901234567890". */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheVectorsOfRfc6238(long epochSecond, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(epochSecond));
        assertEquals(expected, Totp.code(RFC_SECRET, step, 8, "HmacSHA1"));
        assertEquals(expected.substring(2), Totp.code(RFC_SECRET, step), "six digits are the low six");
    }

    @ParameterizedTest
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "9, 520489"})
    void matchesTheHotpVectorsOfRfc4226(long counter, String expected) {
        assertEquals(expected, Totp.code(RFC_SECRET, counter));
    }

    @Test
    void acceptsOneStepEitherSideAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);
        for (long offset = -1; offset <= 1; offset++) {
            assertEquals(OptionalLong.of(step + offset),
                    Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + offset), now));
        }
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "12345", now).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB",
            "foobar, MZXW6YTBOI"})
    void base32FollowsRfc4648(String plain, String encoded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
        assertEquals(encoded, Base32.encode(bytes));
        assertArrayEquals(bytes, Base32.decode(encoded.toLowerCase()));
    }

    @Test
    void recoveryCodesAreTenDistinctAndForgiveHowTheyAreTyped() {
        List<String> codes = new RecoveryCodes(new SecureRandom()).issue();
        assertEquals(10, new HashSet<>(codes).size());
        String code = codes.get(0);
        assertTrue(code.matches("[0-9a-z]{4}(-[0-9a-z]{4}){3}"), code);
        assertTrue(RecoveryCodes.looksLikeOne(code));
        assertEquals(RecoveryCodes.hash("li", code), RecoveryCodes.hash("li", " " + code.toUpperCase().replace("-", " ")));
        assertTrue(!RecoveryCodes.hash("li", code).equals(RecoveryCodes.hash("wang", code)), "salted with the name");
        assertEquals(RecoveryCodes.hash("li", "0000-1111-2222-3331"), RecoveryCodes.hash("li", "oooo-iiii-2222-333l"));
    }

    @Test
    void theQrCodeIsAnSvgDataUri() {
        String uri = QrCodeImage.dataUri("otpauth://totp/x?secret=ABC");
        assertTrue(uri.startsWith("data:image/svg+xml;base64,"), uri);
    }
}
