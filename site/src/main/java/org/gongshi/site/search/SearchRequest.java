package org.gongshi.site.search;

import org.gongshi.index.SearchQuery;

/** A parsed search: the query for the index, and whether the reader's text had to be shortened. */
record SearchRequest(SearchQuery query, boolean truncated) {
    /** Nothing typed and nothing chosen: the page asks for input instead of listing everything. */
    boolean isBlank() {
        return query.text().isBlank() && query.types().isEmpty() && query.year() == null && query.issuer() == null
                && query.region() == null && query.category() == null;
    }
}
