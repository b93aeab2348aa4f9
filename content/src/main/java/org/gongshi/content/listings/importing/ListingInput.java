package org.gongshi.content.listings.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.gongshi.content.importing.TextDecoding;

/**
 * Opens a listing file as rows: the encoding from its first 64 KiB (UTF-8, with or without a byte order mark, else
 * GB18030) and the format from its name or first character ({@code .jsonl}, {@code .ndjson} or {@code {} → JSON Lines,
 * otherwise CSV). Counts the bytes read so progress can be shown against the file size.
 */
final class ListingInput {
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int BUFFER_BYTES = 256 * 1024;

    private ListingInput() {}

    static RowReader open(String name, InputStream in, ByteCount count) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(new Counting(in, count), BUFFER_BYTES);
        buffered.mark(SAMPLE_BYTES);
        byte[] sample = buffered.readNBytes(SAMPLE_BYTES);
        buffered.reset();
        boolean wholeFile = sample.length < SAMPLE_BYTES;
        Charset charset = TextDecoding.detect(sample, sample.length, wholeFile)
                .orElseThrow(() -> new ListingImportException("文件编码无法识别：既不是 UTF-8 也不是 GB18030"));
        buffered.skipNBytes(TextDecoding.byteOrderMarkLength(sample, sample.length));
        // a bad byte after the sample becomes U+FFFD and rejects its row instead of stopping the whole file
        BufferedReader reader = new BufferedReader(new InputStreamReader(buffered, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                BUFFER_BYTES);
        if (isJsonLines(name, new String(sample, charset))) {
            return new JsonLinesRows(reader);
        }
        return new CsvRows(reader);
    }

    private static boolean isJsonLines(String name, String start) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return true;
        }
        String content = start.replace("\uFEFF", "").stripLeading();
        return content.startsWith("{");
    }

    /** Bytes read so far, for progress. */
    static final class ByteCount {
        private volatile long bytes;

        long bytes() {
            return bytes;
        }
    }

    private static final class Counting extends FilterInputStream {
        private final ByteCount count;

        Counting(InputStream in, ByteCount count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                count.bytes++;
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count.bytes += read;
            }
            return read;
        }
    }
}
