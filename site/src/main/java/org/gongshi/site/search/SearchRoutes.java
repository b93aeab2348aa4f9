package org.gongshi.site.search;

import io.javalin.config.RoutesConfig;
import org.gongshi.index.SearchIndex;
import org.gongshi.site.web.Pages;
import org.gongshi.site.web.PublicForms;

/** The search page and the search API, both over the one {@link SearchIndex}. */
public final class SearchRoutes {
    private SearchRoutes() {}

    /** {@code lookupForms}: the token of the form that carries an ID number over to the debtor lookup. */
    public static void install(RoutesConfig routes, SearchIndex index, Pages pages, PublicForms lookupForms) {
        routes.get("/search", new SearchPage(index, pages, lookupForms));
        routes.get("/api/v1/search", new SearchApi(index));
    }
}
