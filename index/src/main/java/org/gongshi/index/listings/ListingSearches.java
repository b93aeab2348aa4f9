package org.gongshi.index.listings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/** Runs one {@link ListingQuery} on one searcher: relevance tier, then newest first, one page. */
final class ListingSearches {
    /** Rows past this are not served, whatever the page: enough to read, too few to copy the list by paging. */
    static final int MAX_WINDOW = 1_000;
    private static final Sort ORDER = new Sort(
            SortField.FIELD_SCORE, new SortField(ListingSchema.PUBLISHED_ON, SortField.Type.LONG, true));

    private ListingSearches() {}

    static ListingResults search(IndexSearcher searcher, ListingQuery query) throws IOException {
        long last = (long) query.page() * query.pageSize();
        int from = (query.page() - 1) * query.pageSize();
        int window = (int) Math.min(last, MAX_WINDOW);
        // Counting every hit keeps the total exact: the filters and the name phrase keep hit counts small.
        TopDocs top = searcher.search(ListingQueries.of(query),
                new TopFieldCollectorManager(ORDER, window, null, Integer.MAX_VALUE));

        List<ListingHit> items = new ArrayList<>();
        for (int index = from; index < top.scoreDocs.length; index++) {
            ScoreDoc hit = top.scoreDocs[index];
            items.add(ListingRows.read(searcher.getIndexReader(), hit.doc));
        }
        return new ListingResults(top.totalHits.value, items, query.page(), query.pageSize());
    }
}
