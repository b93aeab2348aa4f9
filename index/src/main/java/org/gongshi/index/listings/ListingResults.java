package org.gongshi.index.listings;

import java.util.List;

/**
 * One page of listings. {@code total} counts the matches; when {@code totalIsLowerBound}, there are at least that many
 * and counting stopped there, as no page past it is served.
 */
public record ListingResults(long total, boolean totalIsLowerBound, List<ListingHit> items, int page, int pageSize) {
    public ListingResults {
        items = List.copyOf(items);
    }

    /** The pages that can be served: at least one, and none past the rows a lookup may page through. */
    public int pageCount() {
        long rows = Math.min(total, ListingSearches.MAX_WINDOW);
        return (int) Math.max(1, (rows + pageSize - 1) / pageSize);
    }
}
