package org.gongshi.site.staff;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** RFC 4648 base32 without padding: how authenticator apps take a TOTP secret. */
final class Base32 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte value : bytes) {
            buffer = buffer << 8 | value & 0xff;
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt(buffer >> bits - 5 & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt(buffer << 5 - bits & 31));
        }
        return text.toString();
    }

    /** Ignores case, spaces and padding; throws IllegalArgumentException on any other character. */
    static byte[] decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char character : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (character == ' ' || character == '=') {
                continue;
            }
            int value = ALPHABET.indexOf(character);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + character);
            }
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write(buffer >> bits - 8 & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}
