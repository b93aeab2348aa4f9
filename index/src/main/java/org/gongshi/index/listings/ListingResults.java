package org.gongshi.index.listings;

import java.util.List;

/** One page of listings; {@code total} counts every match, though only the first pages are served. */
public record ListingResults(long total, List<ListingHit> items, int page, int pageSize) {
    public ListingResults {
        items = List.copyOf(items);
    }
}
