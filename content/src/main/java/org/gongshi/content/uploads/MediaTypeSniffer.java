package org.gongshi.content.uploads;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a file's type from its own bytes, never from its name or the Content-Type a client sent. Five fixed
 * signatures, checked by hand: stricter and smaller than a detection library, which would also guess from names and
 * know hundreds of types we must refuse. Anything else is unknown, notably SVG, HTML, XML, scripts, ZIP and Office
 * files, and text that starts with white space and then {@code <}.
 */
public final class MediaTypeSniffer {
    /** How many leading bytes {@link #sniff} needs to tell the types apart (fewer only for a file that short). */
    public static final int HEAD_BYTES = 16;
    /** How many trailing bytes {@link #endsWell} looks at; a PDF reader looks for {@code %%EOF} in as many. */
    public static final int TAIL_BYTES = 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
        'R'};
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private MediaTypeSniffer() {}

    /** The type the first {@code length} bytes of {@code head} announce, if any of ours. */
    public static Optional<MediaType> sniff(byte[] head, int length) {
        if (startsWith(head, length, PNG)) {
            // The signature, then the IHDR chunk, which the format requires first and exactly 13 bytes long.
            return Optional.of(MediaType.PNG);
        }
        if (length >= 4 && unsigned(head[0]) == 0xff && unsigned(head[1]) == 0xd8 && unsigned(head[2]) == 0xff
                && unsigned(head[3]) >= 0xc0 && unsigned(head[3]) <= 0xfe) {
            return Optional.of(MediaType.JPEG); // start of image, then a marker
        }
        if (startsWith(head, length, ascii("GIF87a")) || startsWith(head, length, ascii("GIF89a"))) {
            return Optional.of(MediaType.GIF);
        }
        if (isWebp(head, length)) {
            return Optional.of(MediaType.WEBP);
        }
        if (startsWith(head, length, ascii("%PDF-")) && length >= 8 && (head[5] == '1' || head[5] == '2')
                && head[6] == '.' && isDigit(head[7])) {
            return Optional.of(MediaType.PDF); // the header at offset 0: readers that look further are not ours
        }
        return Optional.empty();
    }

    /** Whether the last {@code length} bytes of {@code tail} end the file the way its type requires. */
    public static boolean endsWell(MediaType type, byte[] tail, int length) {
        return switch (type) {
            case PDF -> indexOf(tail, length, PDF_EOF) >= 0;
            case JPEG, PNG, GIF, WEBP -> true; // viewers accept trailing bytes after the image, so we do too
        };
    }

    /** RIFF, a length, WEBP, then one of the three kinds of first chunk. */
    private static boolean isWebp(byte[] head, int length) {
        return length >= 16 && startsWith(head, length, ascii("RIFF")) && regionIs(head, 8, ascii("WEBPVP8"))
                && (head[15] == ' ' || head[15] == 'L' || head[15] == 'X');
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        return length >= prefix.length && regionIs(bytes, 0, prefix);
    }

    private static boolean regionIs(byte[] bytes, int offset, byte[] expected) {
        for (int index = 0; index < expected.length; index++) {
            if (bytes[offset + index] != expected[index]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, int length, byte[] wanted) {
        for (int start = 0; start + wanted.length <= length; start++) {
            if (regionIs(bytes, start, wanted)) {
                return start;
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isDigit(byte value) {
        return value >= '0' && value <= '9';
    }

    private static int unsigned(byte value) {
        return value & 0xff;
    }
}
