package org.gongshi.content.uploads;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} values (RFC 6266): an ASCII {@code filename} for old clients and the real name as
 * {@code filename*} in UTF-8 (RFC 8187), which every current browser prefers. Pass a name made by {@link DisplayNames}.
 */
public final class ContentDisposition {
    private static final String ATTRIBUTE_CHARACTERS = "!#$&+-.^_`|~";

    private ContentDisposition() {}

    /** Shown in the browser (images, PDF), saved under {@code fileName}. */
    public static String inline(String fileName) {
        return "inline; " + parameters(fileName);
    }

    /** Always downloaded, never shown, under {@code fileName}. */
    public static String attachment(String fileName) {
        return "attachment; " + parameters(fileName);
    }

    private static String parameters(String fileName) {
        return "filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** Printable ASCII only, and nothing a quoted string or a percent-decoding browser could misread. */
    private static String asciiFallback(String fileName) {
        StringBuilder fallback = new StringBuilder(fileName.length());
        fileName.codePoints().forEach(codePoint -> fallback.append(
                codePoint >= 0x20 && codePoint < 0x7f && "\"\\%".indexOf(codePoint) < 0 ? (char) codePoint : '_'));
        return fallback.toString();
    }

    private static String percentEncoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte value : fileName.getBytes(StandardCharsets.UTF_8)) {
            int character = value & 0xff;
            if (character < 0x80 && (Character.isLetterOrDigit(character)
                    || ATTRIBUTE_CHARACTERS.indexOf(character) >= 0)) {
                encoded.append((char) character);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(character >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(character & 15, 16)));
            }
        }
        return encoded.toString();
    }
}
