package org.gongshi.content.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What clients send, fed arbitrary bytes: a display name is never a path, never hidden, never carries a control or
 * direction character and always ends in the type's extension; the sniffer answers for any bytes and recognises only
 * what starts with one of its signatures. Without JAZZER_FUZZ the stored inputs under UploadFuzzTestInputs replay.
 */
class UploadFuzzTest {
    @FuzzTest
    void displayNames(byte[] input) {
        String sent = new String(input, StandardCharsets.UTF_8);
        for (MediaType type : MediaType.values()) {
            String name = DisplayNames.of(sent, type);
            assertFalse(name.contains("/") || name.contains("\\") || name.startsWith("."), name);
            assertTrue(name.codePoints().noneMatch(UploadFuzzTest::isHidden), name);
            assertTrue(name.codePointCount(0, name.length()) <= DisplayNames.MAX_CODE_POINTS, name);
            assertTrue(type.hasExtension(name.substring(name.lastIndexOf('.') + 1)), name);
            assertEquals(name, DisplayNames.of(name, type), "a display name is its own display name");
        }
    }

    @FuzzTest
    void sniffing(byte[] input) {
        byte[] head = Arrays.copyOf(input, MediaTypeSniffer.HEAD_BYTES);
        Optional<MediaType> type = MediaTypeSniffer.sniff(head, Math.min(input.length, head.length));
        type.ifPresent(found -> assertTrue(startsWithSignature(input, found), found + " in " + Arrays.toString(head)));
    }

    private static boolean isHidden(int codePoint) {
        int category = Character.getType(codePoint);
        return category == Character.CONTROL || category == Character.FORMAT;
    }

    private static boolean startsWithSignature(byte[] input, MediaType type) {
        String start = new String(input, 0, Math.min(input.length, 12), StandardCharsets.ISO_8859_1);
        return switch (type) {
            case PDF -> start.startsWith("%PDF-");
            case JPEG -> start.startsWith("\u00ff\u00d8\u00ff");
            case PNG -> start.startsWith("\u0089PNG\r\n\u001a\n");
            case GIF -> start.startsWith("GIF8");
            case WEBP -> start.startsWith("RIFF") && start.substring(8).equals("WEBP");
        };
    }
}
