package org.gongshi.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code facets} maps every {@link Facet}, in declaration order, to its values, most frequent
 * first.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<Facet, List<FacetValue>> facets, int page, int pageSize) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
