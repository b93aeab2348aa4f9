package org.gongshi.site.search;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.index.FacetValue;
import org.gongshi.index.SearchIndex;
import org.gongshi.index.SearchResults;

/** GET /api/v1/search: the same search as the page, as JSON; strict about its parameters. */
final class SearchApi implements Handler {
    private final SearchIndex index;

    SearchApi(SearchIndex index) {
        this.index = requireNonNull(index, "index");
    }

    @Override
    public void handle(Context context) {
        SearchRequest request = SearchParameters.parse(context.queryParamMap(), index.typeLabels().keySet(), true);
        SearchResults results = index.search(request.query());
        List<Hit> hits = results.hits().stream()
                .map(hit -> new Hit(hit.type(), hit.title(), hit.url(), hit.snippetHtml(), hit.date()))
                .toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, values) -> facets.put(facet.parameter(), values));
        context.json(new Response(results.total(), hits, facets));
    }

    /** {@code snippet} is HTML-escaped text with matches in {@code <mark>}; {@code date} is ISO 8601. */
    record Hit(String type, String title, String url, String snippet, LocalDate date) {}

    record Response(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {}
}
