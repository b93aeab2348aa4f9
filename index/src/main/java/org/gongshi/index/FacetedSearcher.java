package org.gongshi.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** A searcher carrying the facet ordinals of its reader, built once per refresh rather than once per search. */
final class FacetedSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    /** Null while the index holds no document at all (there are no facet values to count). */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                SortedSetDocValuesReaderState state = reader.numDocs() == 0
                        ? null
                        : new DefaultSortedSetDocValuesReaderState(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME, config);
                return new FacetedSearcher(reader, state);
            }
        };
    }
}
