package org.gongshi.plugin.objections;

import java.util.Locale;

/**
 * Crockford's base 32: digits and capitals without I, L, O and U, so what the applicant copies by hand reads back;
 * typed I and L count as 1 and O as 0.
 */
final class Base32 {
    private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Base32() {}

    /** The first {@code symbols} × 5 bits of {@code bytes}, as symbols. */
    static String encode(byte[] bytes, int symbols) {
        if (symbols * 5 > bytes.length * 8) {
            throw new IllegalArgumentException(symbols + " symbols need more than " + bytes.length + " bytes");
        }
        StringBuilder text = new StringBuilder(symbols);
        for (int index = 0; index < symbols; index++) {
            int bit = index * 5;
            int value = 0;
            for (int offset = 0; offset < 5; offset++) {
                int position = bit + offset;
                value = value << 1 | (bytes[position / 8] >> (7 - position % 8) & 1);
            }
            text.append(SYMBOLS.charAt(value));
        }
        return text.toString();
    }

    /** Upper case, without spaces and hyphens, with I/L read as 1 and O as 0; null when a symbol is not ours. */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(typed.length());
        for (char symbol : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            char read = switch (symbol) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> symbol;
            };
            if (read == ' ' || read == '-' || read == '\u3000') {
                continue;
            }
            if (SYMBOLS.indexOf(read) < 0) {
                return null;
            }
            text.append(read);
        }
        return text.toString();
    }
}
