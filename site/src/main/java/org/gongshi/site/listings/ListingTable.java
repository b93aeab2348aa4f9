package org.gongshi.site.listings;

import java.util.List;
import java.util.function.UnaryOperator;
import org.gongshi.index.listings.ListingResults;

/** One page of results as the table and pager print them. */
record ListingTable(long total, boolean totalIsLowerBound, int page, int pageCount, List<ListingRow> rows,
        String previousUrl, String nextUrl) {
    /** {@code links}: null for results that have no address to page through (a lookup by number). */
    static ListingTable of(ListingResults results, ListingLinks links) {
        int page = results.page();
        int pageCount = results.pageCount();
        UnaryOperator<String> details = ListingUrls.detailsFrom(links == null ? null : links.page(page));
        return new ListingTable(results.total(), results.totalIsLowerBound(), page, pageCount,
                results.items().stream().map(hit -> ListingRow.of(hit, details)).toList(),
                links != null && page > 1 ? links.page(page - 1) : null,
                links != null && page < pageCount ? links.page(page + 1) : null);
    }
}
