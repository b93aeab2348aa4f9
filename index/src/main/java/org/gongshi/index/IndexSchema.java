package org.gongshi.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.gongshi.content.numbers.DocumentNumbers;

/**
 * The field layout of the index. Bump {@link #VERSION} whenever fields or analysis change: the index then lives in a
 * new directory and is rebuilt from the database at start-up.
 */
final class IndexSchema {
    static final int VERSION = 2;

    static final String ID = "id";
    static final String TYPE = "type";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String URL = "url";
    static final String DATE = "date";
    static final String NUMBER = "number";
    static final String CITED_NUMBER = "cited_number";

    /** Analyzed text stored with offsets in the postings, so highlighting needs no re-analysis. */
    private static final FieldType TEXT = textType();

    private final FacetsConfig facetsConfig = new FacetsConfig();

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new ChineseAnalyzer(), Map.of(ID, new KeywordAnalyzer()));
    }

    Document toDocument(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(ID, source.id(), Field.Store.YES));
        document.add(new StringField(TYPE, source.type(), Field.Store.YES));
        document.add(new Field(TITLE, source.title(), TEXT));
        document.add(new Field(BODY, source.body(), TEXT));
        document.add(new StoredField(URL, source.url()));
        if (source.date() != null) {
            document.add(new StoredField(DATE, source.date().toString()));
            document.add(new NumericDocValuesField(DATE, source.date().toEpochDay()));
            document.add(new SortedSetDocValuesFacetField(Facet.YEAR.dimension(),
                    String.valueOf(source.date().getYear())));
        }
        String number = DocumentNumbers.canonical(source.number());
        if (!number.isEmpty()) {
            document.add(new StringField(NUMBER, number, Field.Store.NO));
        }
        for (String cited : CitedNumbers.in(source.title() + "\n" + source.body())) {
            document.add(new StringField(CITED_NUMBER, cited, Field.Store.NO));
        }
        document.add(new SortedSetDocValuesFacetField(Facet.TYPE.dimension(), source.type()));
        addFacet(document, Facet.ISSUER, source.issuer());
        addFacet(document, Facet.REGION, source.region());
        addFacet(document, Facet.CATEGORY, source.category());
        try {
            return facetsConfig.build(document);
        } catch (java.io.IOException e) {
            throw new IndexException("cannot build facets for " + source.id(), e);
        }
    }

    private static void addFacet(Document document, Facet facet, String value) {
        if (value != null && !value.isBlank()) {
            document.add(new SortedSetDocValuesFacetField(facet.dimension(), value.strip()));
        }
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

}
