package org.gongshi.index.listings;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a results row shows, kept as one binary doc value per listing: reading twenty rows then costs twenty small
 * reads, where stored fields decompress a whole block of documents for each.
 */
final class ListingRows {
    static final String ROW = "row";
    private static final int TEXTS = 7;
    private static final long NO_DATE = Long.MIN_VALUE;

    private ListingRows() {}

    static BinaryDocValuesField of(ListingEntry entry) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        for (String text : new String[] {entry.id(), entry.name(), entry.kind(), entry.identifierShown(),
                entry.caseNumber(), entry.court(), entry.province()}) {
            out.writeByte((byte) (text == null ? 0 : 1));
            if (text != null) {
                out.writeString(text);
            }
        }
        out.writeLong(entry.publishedOn().toEpochDay());
        out.writeLong(entry.expiresOn() == null ? NO_DATE : entry.expiresOn().toEpochDay());
        return new BinaryDocValuesField(ROW, new BytesRef(out.toArrayCopy()));
    }

    /**
     * The rows of {@code hits}, top-level documents of {@code reader}, in the order given. Doc values only read
     * forwards, so each segment's are opened once and read in document order.
     */
    static ListingHit[] read(IndexReader reader, List<ScoreDoc> hits) throws IOException {
        Integer[] byDoc = new Integer[hits.size()];
        Arrays.setAll(byDoc, index -> index);
        Arrays.sort(byDoc, Comparator.comparingInt(index -> hits.get(index).doc));
        ListingHit[] rows = new ListingHit[hits.size()];
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int index : byDoc) {
            int doc = hits.get(index).doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getBinaryDocValues(ROW);
            }
            if (values == null || !values.advanceExact(doc - leaf.docBase)) {
                throw new IOException("listing document " + doc + " has no row");
            }
            rows[index] = decode(values.binaryValue());
        }
        return rows;
    }

    private static ListingHit decode(BytesRef row) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(row.bytes, row.offset, row.length);
        String[] texts = new String[TEXTS];
        for (int index = 0; index < TEXTS; index++) {
            texts[index] = in.readByte() == 0 ? null : in.readString();
        }
        LocalDate publishedOn = LocalDate.ofEpochDay(in.readLong());
        long expires = in.readLong();
        return new ListingHit(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], publishedOn,
                expires == NO_DATE ? null : LocalDate.ofEpochDay(expires));
    }
}
