package org.gongshi.site.search;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.Map;
import org.gongshi.index.SearchIndex;
import org.gongshi.site.listings.Lookup;
import org.gongshi.site.web.Pages;
import org.gongshi.site.web.PublicForms;

/**
 * GET /search: the query box, and for a non-blank query its results with facets, order and paging. A query that looks
 * like a debtor's name, a 案号 or an ID number (or any query that finds nothing) offers the same lookup in the list of
 * dishonest judgment debtors, which the general search never shows natural persons from.
 */
final class SearchPage implements Handler {
    private final SearchIndex index;
    private final Pages pages;
    private final PublicForms lookupForms;

    SearchPage(SearchIndex index, Pages pages, PublicForms lookupForms) {
        this.index = requireNonNull(index, "index");
        this.pages = requireNonNull(pages, "pages");
        this.lookupForms = requireNonNull(lookupForms, "lookupForms");
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
            SearchPageView view = SearchPageView.of(request.query(), index.search(request.query()));
            model.put("view", view);
            Lookup.suggestedBy(request.query().text(), view.results().total() == 0).ifPresent(lookup -> {
                model.put("lookup", lookup);
                model.put("publicForm", lookupForms.token(context));
            });
        }
        pages.render(context, "search/search.peb", model, new SearchLinks(request.query()).current());
    }
}
