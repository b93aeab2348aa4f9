package org.gongshi.site.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongshi.index.Facet;
import org.gongshi.index.FacetValue;
import org.gongshi.index.SearchQuery;
import org.gongshi.index.SearchQuery.Order;
import org.gongshi.index.SearchResults;

/** What search.peb prints for one request with results: hits, facet links, order links and paging links. */
record SearchPageView(
        SearchResults results,
        List<FacetGroup> facets,
        boolean byDate,
        String relevanceUrl,
        String dateUrl,
        String previousUrl,
        String nextUrl) {
    static SearchPageView of(SearchQuery query, SearchResults results) {
        SearchLinks links = new SearchLinks(query);
        List<FacetGroup> facets = new ArrayList<>();
        for (Map.Entry<Facet, List<FacetValue>> facet : results.facets().entrySet()) {
            List<FacetGroup.Choice> choices = facet.getValue().stream().map(value -> {
                boolean selected = isSelected(query, facet.getKey(), value.value());
                return new FacetGroup.Choice(value.label(), value.count(),
                        links.toggle(facet.getKey(), value.value(), selected), selected);
            }).toList();
            if (!choices.isEmpty()) {
                facets.add(new FacetGroup(facet.getKey().parameter(), choices));
            }
        }
        int page = query.page();
        return new SearchPageView(results, facets, query.order() == Order.DATE, links.order(Order.RELEVANCE),
                links.order(Order.DATE), page > 1 ? links.page(page - 1) : null,
                page < results.pageCount() ? links.page(page + 1) : null);
    }

    private static boolean isSelected(SearchQuery query, Facet facet, String value) {
        return switch (facet) {
            case TYPE -> query.types().contains(value);
            case YEAR -> query.year() != null && query.year().toString().equals(value);
            case ISSUER -> value.equals(query.issuer());
            case REGION -> value.equals(query.region());
            case CATEGORY -> value.equals(query.category());
        };
    }
}
