package org.gongshi.index.listings;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * The field layout of the listing index, kept small for a million documents: the name as single characters and as
 * pairs of neighbouring characters (no positions, norms, offsets or term vectors), and as runs of three with
 * positions, so that a longer name is found as a phrase of triples, whose postings are short where those of a
 * surname, 某 or 公司 are long; the name's tails of {@value #SHORTEST_TAIL} characters or more (from each character to
 * the end) as keywords, which tell at once whether any name goes on past a query; keywords for exact filters, the publication day as a doc value the index is
 * sorted by (newest first), and what a results row shows as one binary doc value ({@link ListingRows}); nothing else
 * is stored. Bump {@link #VERSION} whenever fields or normalisation change.
 */
final class ListingSchema {
    static final int VERSION = 8;
    static final int SHORTEST_TAIL = 4;

    static final String ID = "id";
    static final String NAME = "name";
    static final String NAME_PAIRS = "name_pairs";
    static final String NAME_TRIPLES = "name_triples";
    static final String NAME_EXACT = "name_exact";
    static final String NAME_TAILS = "name_tails";
    static final String IDENTIFIER_KEY = "identifier_key";
    static final String CASE_NUMBER = "case_number";
    static final String COURT_KEY = "court_key";
    static final String PROVINCE_KEY = "province_key";
    static final String PUBLISHED_ON = "published_on";

    private static final FieldType N_GRAMS = nGramType(IndexOptions.DOCS);
    private static final FieldType N_GRAMS_WITH_POSITIONS = nGramType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    /** Names arrive already normalised (see {@link NameCharacters}); the analyzer only cuts them into n-grams. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(NAME, nGrams(1), NAME_PAIRS, nGrams(2),
                NAME_TRIPLES, nGrams(3)));
    }

    private static Analyzer nGrams(int length) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new NGramTokenizer(length, length));
            }
        };
    }

    static Document toDocument(ListingEntry entry) {
        String name = NameCharacters.ofName(entry.name());
        Document document = new Document();
        document.add(new StringField(ID, entry.id(), Field.Store.NO));
        document.add(new Field(NAME, name, N_GRAMS));
        document.add(new Field(NAME_PAIRS, name, N_GRAMS));
        document.add(new Field(NAME_TRIPLES, name, N_GRAMS_WITH_POSITIONS));
        document.add(new StringField(NAME_EXACT, name, Field.Store.NO));
        int tails = name.codePointCount(0, name.length()) - SHORTEST_TAIL;
        for (int start = 0, offset = 0; start <= tails; start++, offset = name.offsetByCodePoints(offset, 1)) {
            document.add(new StringField(NAME_TAILS, name.substring(offset), Field.Store.NO));
        }
        addKeyword(document, IDENTIFIER_KEY, entry.identifierKey());
        addKeyword(document, CASE_NUMBER, entry.caseNumber());
        addKeyword(document, COURT_KEY, entry.court() == null ? null : NameCharacters.ofKeyword(entry.court()));
        addKeyword(document, PROVINCE_KEY, entry.province() == null ? null : NameCharacters.ofKeyword(entry.province()));
        document.add(new NumericDocValuesField(PUBLISHED_ON, entry.publishedOn().toEpochDay()));
        document.add(ListingRows.of(entry));
        return document;
    }

    private static void addKeyword(Document document, String field, String value) {
        if (value != null && !value.isEmpty()) {
            document.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static FieldType nGramType(IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    private ListingSchema() {}
}
