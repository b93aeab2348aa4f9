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
 * once it holds the page and the tiers together have counted {@link #COUNTED} matches: a common two-character name
 * among a million listings costs what a rare one does.
 */
final class ListingSearches {
    /** Rows past this are not served, whatever the page: enough to read, too few to copy the list by paging. */
    static final int MAX_WINDOW = 1_000;
    /** Matches are counted exactly up to here; past it the total is "at least", as no page past it is served. */
    static final int COUNTED = MAX_WINDOW;
    static final Sort NEWEST_FIRST = new Sort(new SortField(ListingSchema.PUBLISHED_ON, SortField.Type.LONG, true));

    private ListingSearches() {}

    static ListingResults search(IndexSearcher searcher, ListedCourts courts, ListingQuery query) throws IOException {
        List<String> courtKeys = query.court() == null ? List.of()
                : courts.containing(searcher.getIndexReader(), NameCharacters.ofKeyword(query.court()));
        ListingQueries tiers = ListingQueries.of(query, courtKeys);
        Window window = new Window(query);
        if (tiers.name() == null) {
            window.add(searcher, tiers.filtered());
        } else {
            window.add(searcher, tiers.exactNames());
            // Once the page is full and the total is only "at least", no later tier could change either.
            if (!window.isSettled() && !tiers.containingIsExact(searcher.getIndexReader())) {
                window.add(searcher, tiers.namesContaining(window.total > 0));
            }
        }
        return window.results(searcher);
    }

    /** The hits of the tiers read so far, up to the last row of the page asked for, and how many matched. */
    private static final class Window {
        private final ListingQuery query;
        private final int size;
        private final List<ScoreDoc> hits = new ArrayList<>();
        private long total;
        private boolean lowerBound;

        Window(ListingQuery query) {
            this.query = query;
            this.size = (int) Math.min((long) query.page() * query.pageSize(), MAX_WINDOW);
        }

        void add(IndexSearcher searcher, Query tier) throws IOException {
            // The tiers count up to COUNTED together. One slice (the searchers have no executor), so the collector
            // need not count across threads.
            int counted = (int) Math.max(1, COUNTED - total);
            TopDocs top = searcher.search(tier, new TopFieldCollectorManager(NEWEST_FIRST, size, null, counted, false));
            hits.addAll(List.of(top.scoreDocs).subList(0, Math.min(top.scoreDocs.length, size - hits.size())));
            total += top.totalHits.value;
            lowerBound |= top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
        }

        boolean isSettled() {
            return lowerBound && hits.size() == size;
        }

        ListingResults results(IndexSearcher searcher) throws IOException {
            int from = Math.min((query.page() - 1) * query.pageSize(), hits.size());
            List<ListingHit> items = List.of(ListingRows.read(searcher.getIndexReader(), hits.subList(from, hits.size())));
            return new ListingResults(lowerBound ? COUNTED : total, lowerBound, items, query.page(), query.pageSize());
        }
    }
}
