package org.gongshi.index.listings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs one {@link ListingQuery} on one searcher: exact names first, then names that contain the query, each tier
 * newest first, one page. The index is kept in that date order ({@link #NEWEST_FIRST}), so each tier stops reading
 * once it holds the page and has counted {@link #COUNTED} matches: a common two-character name among a million
 * listings costs what a rare one does.
 */
final class ListingSearches {
    /** Rows past this are not served, whatever the page: enough to read, too few to copy the list by paging. */
    static final int MAX_WINDOW = 1_000;
    /** Matches are counted exactly up to here; past it the total is "at least", as no page past it is served. */
    static final int COUNTED = MAX_WINDOW;
    static final Sort NEWEST_FIRST = new Sort(new SortField(ListingSchema.PUBLISHED_ON, SortField.Type.LONG, true));

    private ListingSearches() {}

    static ListingResults search(IndexSearcher searcher, ListedCourts courts, ListingQuery query) throws IOException {
        int from = (query.page() - 1) * query.pageSize();
        int window = (int) Math.min((long) query.page() * query.pageSize(), MAX_WINDOW);
        List<ScoreDoc> hits = new ArrayList<>();
        long total = 0;
        boolean lowerBound = false;
        List<String> courtKeys = query.court() == null ? List.of()
                : courts.containing(searcher.getIndexReader(), NameCharacters.ofKeyword(query.court()));
        for (Query tier : ListingQueries.tiers(query, courtKeys)) {
            TopDocs top = searcher.search(tier, new TopFieldCollectorManager(NEWEST_FIRST, window, null, COUNTED));
            hits.addAll(List.of(top.scoreDocs).subList(0, Math.min(top.scoreDocs.length, window - hits.size())));
            total += top.totalHits.value;
            lowerBound |= top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
            if (lowerBound && hits.size() == window) {
                break; // the later tiers could change neither the page nor what the total can say
            }
        }
        List<ListingHit> items = new ArrayList<>();
        for (ScoreDoc hit : hits.subList(Math.min(from, hits.size()), hits.size())) {
            items.add(ListingRows.read(searcher.getIndexReader(), hit.doc));
        }
        return new ListingResults(lowerBound ? COUNTED : total, lowerBound, items, query.page(), query.pageSize());
    }
}
