package org.gongshi.site.search;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.Map;
import org.gongshi.index.SearchIndex;
import org.gongshi.site.web.Pages;

/** GET /search: the query box, and for a non-blank query its results with facets, order and paging. */
final class SearchPage implements Handler {
    private final SearchIndex index;
    private final Pages pages;

    SearchPage(SearchIndex index, Pages pages) {
        this.index = requireNonNull(index, "index");
        this.pages = requireNonNull(pages, "pages");
    }

    @Override
    public void handle(Context context) {
        Map<String, String> typeLabels = index.typeLabels();
        SearchRequest request = SearchParameters.parse(context.queryParamMap(), typeLabels.keySet(), false);
        Map<String, Object> model = new HashMap<>();
        model.put("text", request.query().text());
        model.put("truncated", request.truncated());
        model.put("maxLength", SearchText.MAX_LENGTH);
        model.put("typeLabels", typeLabels);
        model.put("selectedTypes", request.query().types());
        if (!request.isBlank()) {
            model.put("view", SearchPageView.of(request.query(), index.search(request.query())));
        }
        pages.render(context, "search/search.peb", model, new SearchLinks(request.query()).current());
    }
}
