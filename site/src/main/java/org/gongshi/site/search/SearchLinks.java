package org.gongshi.site.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongshi.index.Facet;
import org.gongshi.index.SearchQuery;
import org.gongshi.index.SearchQuery.Order;

/** Addresses of the search page for a query and its variations: another page, another order, a facet on or off. */
final class SearchLinks {
    private final SearchQuery query;

    SearchLinks(SearchQuery query) {
        this.query = Objects.requireNonNull(query, "query");
    }

    String current() {
        return build(query);
    }

    String page(int number) {
        return build(copy(query.types(), query.year(), query.issuer(), query.region(), query.category(),
                query.order(), number));
    }

    String order(Order order) {
        return build(copy(query.types(), query.year(), query.issuer(), query.region(), query.category(), order, 1));
    }

    /** Chooses {@code value} for {@code facet}, or clears the facet when that value is already chosen. */
    String toggle(Facet facet, String value, boolean selected) {
        String chosen = selected ? null : value;
        return build(switch (facet) {
            case TYPE -> copy(chosen == null ? Set.of() : Set.of(chosen), query.year(),
                    query.issuer(), query.region(), query.category(), query.order(), 1);
            case YEAR -> copy(query.types(), chosen == null ? null : Integer.valueOf(chosen), query.issuer(),
                    query.region(), query.category(), query.order(), 1);
            case ISSUER -> copy(query.types(), query.year(), chosen, query.region(), query.category(), query.order(), 1);
            case REGION -> copy(query.types(), query.year(), query.issuer(), chosen, query.category(), query.order(), 1);
            case CATEGORY -> copy(query.types(), query.year(), query.issuer(), query.region(), chosen, query.order(), 1);
        });
    }

    private SearchQuery copy(java.util.Set<String> types, Integer year, String issuer, String region, String category,
            Order order, int page) {
        return new SearchQuery(query.text(), types, year, issuer, region, category, order, page, query.pageSize());
    }

    private static String build(SearchQuery query) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        add(parameters, "q", query.text().isEmpty() ? null : query.text());
        query.types().stream().sorted().forEach(type -> add(parameters, Facet.TYPE.parameter(), type));
        add(parameters, Facet.YEAR.parameter(), query.year() == null ? null : query.year().toString());
        add(parameters, Facet.ISSUER.parameter(), query.issuer());
        add(parameters, Facet.REGION.parameter(), query.region());
        add(parameters, Facet.CATEGORY.parameter(), query.category());
        add(parameters, "order", query.order() == Order.DATE ? "date" : null);
        add(parameters, "page", query.page() == 1 ? null : String.valueOf(query.page()));
        StringBuilder link = new StringBuilder("/search");
        for (Map.Entry<String, String> parameter : parameters) {
            link.append(link.length() == "/search".length() ? '?' : '&').append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    private static void add(List<Map.Entry<String, String>> parameters, String name, String value) {
        if (value != null) {
            parameters.add(Map.entry(name, value));
        }
    }
}
