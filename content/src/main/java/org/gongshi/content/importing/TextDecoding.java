package org.gongshi.content.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Turns file bytes into text: UTF-8 (a byte order mark is dropped), else GB18030, which older government files use. */
final class TextDecoding {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {}

    static String decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            String text = strict(StandardCharsets.UTF_8, bytes);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(GB18030, bytes);
            } catch (CharacterCodingException notGb18030) {
                throw new ImportFailure("文件编码无法识别：既不是 UTF-8 也不是 GB18030");
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
