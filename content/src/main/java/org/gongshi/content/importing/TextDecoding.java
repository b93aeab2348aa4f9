package org.gongshi.content.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns file bytes into text: UTF-8 (a byte order mark is dropped), else GB18030, which older government files use.
 * {@link #detect} decides the same way from the start of a file that is too large to hold whole.
 */
public final class TextDecoding {
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final String UNDECODABLE = "文件编码无法识别：既不是 UTF-8 也不是 GB18030";
    private static final String NOT_TEXT = "文件含有控制字符，不是纯文本：可能是 Word、PDF 或图片等文件改了扩展名";
    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoding() {}

    static String decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        Charset charset = detect(bytes, bytes.length, true)
                .orElseThrow(() -> new ImportFailure(UNDECODABLE));
        String text = charset.decode(ByteBuffer.wrap(bytes)).toString();
        if (hasControlCharacters(text)) {
            throw new ImportFailure(NOT_TEXT);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Why {@code bytes} are not a text file a person wrote, in zh-CN; empty when they are. */
    public static Optional<String> refusal(byte[] bytes) {
        try {
            decode(bytes);
            return Optional.empty();
        } catch (ImportFailure failure) {
            return Optional.of(failure.getMessage());
        }
    }

    /**
     * GB18030 decodes almost any bytes, NUL included, so a picture or a Word file renamed to .txt would pass as text;
     * no text file a person writes holds control characters other than tab, line breaks and form feeds.
     */
    private static boolean hasControlCharacters(String text) {
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.getType(character) == Character.CONTROL && "\t\n\r\f".indexOf(character) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * UTF-8 when the first {@code length} bytes are valid UTF-8, else GB18030 when they are valid GB18030, else
     * empty. When {@code complete} is false the bytes are only the start of a file, so a character cut at the end is
     * not an error.
     */
    public static Optional<Charset> detect(byte[] bytes, int length, boolean complete) {
        Objects.requireNonNull(bytes, "bytes");
        if (decodes(StandardCharsets.UTF_8, bytes, length, complete)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (decodes(GB18030, bytes, length, complete)) {
            return Optional.of(GB18030);
        }
        return Optional.empty();
    }

    /** How many bytes of a UTF-8 byte order mark {@code bytes} starts with: 3 or 0. */
    public static int byteOrderMarkLength(byte[] bytes, int length) {
        if (length < UTF8_BYTE_ORDER_MARK.length) {
            return 0;
        }
        for (int i = 0; i < UTF8_BYTE_ORDER_MARK.length; i++) {
            if (bytes[i] != UTF8_BYTE_ORDER_MARK[i]) {
                return 0;
            }
        }
        return UTF8_BYTE_ORDER_MARK.length;
    }

    private static boolean decodes(Charset charset, byte[] bytes, int length, boolean complete) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        CoderResult result = decoder.decode(in, out, complete);
        if (result.isError()) {
            return false;
        }
        if (complete) {
            try {
                return !decoder.flush(out).isError();
            } catch (IllegalStateException impossible) {
                return false;
            }
        }
        return true;
    }
}
