package org.gongshi.site.search;

import io.javalin.config.RoutesConfig;
import org.gongshi.index.SearchIndex;
import org.gongshi.site.web.Pages;

/** The search page and the search API, both over the one {@link SearchIndex}. */
public final class SearchRoutes {
    private SearchRoutes() {}

    public static void install(RoutesConfig routes, SearchIndex index, Pages pages) {
        routes.get("/search", new SearchPage(index, pages));
        routes.get("/api/v1/search", new SearchApi(index));
    }
}
