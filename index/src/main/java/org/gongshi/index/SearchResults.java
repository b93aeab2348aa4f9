package org.gongshi.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code facets} maps a facet name ({@code type}, {@code year}, {@code issuer},
 * {@code region}, {@code category}) to its values, most frequent first, in display order.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, int page, int pageSize) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
