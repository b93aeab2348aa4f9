package org.gongshi.content.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypeSnifferTest {
    @ParameterizedTest
    @CsvSource({"notice.pdf, PDF", "photo.jpg, JPEG", "seal.png, PNG", "chart.gif, GIF", "pixel.webp, WEBP"})
    void eachAcceptedTypeIsKnownByItsBytes(String fixture, MediaType expected) {
        byte[] file = UploadFixtures.bytes(fixture);

        assertEquals(Optional.of(expected), sniff(file));
        assertTrue(MediaTypeSniffer.endsWell(expected, tail(file), tail(file).length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"drawing.svg", "page.html", "script.pdf", "indented.pdf", "html-named-pdf.pdf",
        "archive.zip"})
    void everythingElseIsUnknown(String fixture) {
        assertEquals(Optional.empty(), sniff(UploadFixtures.bytes(fixture)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIF8", "GIF89", "%PDF-", "%PDF-x.4", "\u0089PNG\r\n\u001a\n",
        "RIFF\u0000\u0000\u0000\u0000WAVEfmt ", "RIFF\u0000\u0000\u0000\u0000WEBPVP9 ", " %PDF-1.4",
        "\u00ef\u00bb\u00bf%PDF-1.4", "<?xml version=\"1.0\"?><svg/>"})
    void truncatedOrNearMissSignaturesAreUnknown(String head) {
        assertEquals(Optional.empty(), sniff(head.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00ff\u00d8\u00ff", "\u00ff\u00d8\u00ff\u00ff", "\u00ff\u00d8\u00ff\u0000"})
    void aJpegNeedsAMarkerAfterItsStartOfImage(String head) {
        assertEquals(Optional.empty(), sniff(head.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"header-only.pdf"})
    void aPdfHeaderInFrontOfSomethingElseDoesNotEndLikeAPdf(String fixture) {
        byte[] file = UploadFixtures.bytes(fixture);

        assertEquals(Optional.of(MediaType.PDF), sniff(file));
        assertFalse(MediaTypeSniffer.endsWell(MediaType.PDF, tail(file), tail(file).length));
    }

    private static Optional<MediaType> sniff(byte[] file) {
        byte[] head = Arrays.copyOf(file, MediaTypeSniffer.HEAD_BYTES);
        return MediaTypeSniffer.sniff(head, Math.min(file.length, head.length));
    }

    private static byte[] tail(byte[] file) {
        return Arrays.copyOfRange(file, Math.max(0, file.length - MediaTypeSniffer.TAIL_BYTES), file.length);
    }
}
