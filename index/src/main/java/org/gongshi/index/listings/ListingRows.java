package org.gongshi.index.listings;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * What a results row shows, kept as one binary doc value per listing: reading twenty rows then costs twenty small
 * reads, where stored fields decompress a whole block of documents for each.
 */
final class ListingRows {
    static final String ROW = "row";
    private static final long NO_DATE = Long.MIN_VALUE;

    private ListingRows() {}

    static BinaryDocValuesField of(ListingEntry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String text : new String[] {entry.id(), entry.name(), entry.kind(), entry.identifierShown(),
                    entry.caseNumber(), entry.court(), entry.province()}) {
                out.writeBoolean(text != null);
                if (text != null) {
                    out.writeUTF(text);
                }
            }
            out.writeLong(entry.publishedOn().toEpochDay());
            out.writeLong(entry.expiresOn() == null ? NO_DATE : entry.expiresOn().toEpochDay());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BinaryDocValuesField(ROW, new BytesRef(bytes.toByteArray()));
    }

    /** The row of the top-level document {@code doc} of {@code reader}. */
    static ListingHit read(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues rows = leaf.reader().getBinaryDocValues(ROW);
        if (rows == null || !rows.advanceExact(doc - leaf.docBase)) {
            throw new IOException("listing document " + doc + " has no row");
        }
        BytesRef row = rows.binaryValue();
        try (DataInputStream in = new DataInputStream(
                new java.io.ByteArrayInputStream(row.bytes, row.offset, row.length))) {
            String[] texts = new String[7];
            for (int index = 0; index < texts.length; index++) {
                texts[index] = in.readBoolean() ? in.readUTF() : null;
            }
            LocalDate publishedOn = LocalDate.ofEpochDay(in.readLong());
            long expires = in.readLong();
            return new ListingHit(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], publishedOn,
                    expires == NO_DATE ? null : LocalDate.ofEpochDay(expires));
        }
    }
}
