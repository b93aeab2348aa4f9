package org.gongshi.site.search;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gongshi.index.Facet;
import org.gongshi.index.SearchQuery;
import org.gongshi.index.SearchQuery.Order;
import org.gongshi.site.web.InvalidRequestException;
import org.gongshi.site.web.PageNumber;

/**
 * Turns query parameters into a {@link SearchRequest}. The API is strict (unknown or repeated parameters are refused
 * so client mistakes surface); the page ignores unknown ones, e.g. tracking parameters on a shared link.
 */
final class SearchParameters {
    static final int DEFAULT_SIZE = 10;
    private static final Set<String> KNOWN = Set.of("q", Facet.TYPE.parameter(), "page", "size", Facet.YEAR.parameter(),
            Facet.ISSUER.parameter(), Facet.REGION.parameter(), Facet.CATEGORY.parameter(), "order");
    private static final Set<String> REPEATABLE = Set.of(Facet.TYPE.parameter());

    private SearchParameters() {}

    static SearchRequest parse(Map<String, List<String>> parameters, Set<String> knownTypes, boolean strict) {
        if (strict) {
            rejectUnknownOrRepeated(parameters);
        }
        SearchText text = SearchText.clean(first(parameters, "q"));
        SearchQuery query = new SearchQuery(text.text(), types(parameters, knownTypes),
                year(first(parameters, Facet.YEAR.parameter())), filter(parameters, Facet.ISSUER),
                filter(parameters, Facet.REGION), filter(parameters, Facet.CATEGORY),
                order(first(parameters, "order")), PageNumber.parse("page", first(parameters, "page")),
                size(first(parameters, "size")));
        return new SearchRequest(query, text.truncated());
    }

    private static void rejectUnknownOrRepeated(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!KNOWN.contains(parameter.getKey())) {
                throw new InvalidRequestException("error.parameter.unknown", parameter.getKey());
            }
            if (parameter.getValue().size() > 1 && !REPEATABLE.contains(parameter.getKey())) {
                throw new InvalidRequestException("error.parameter.repeated", parameter.getKey());
            }
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Set<String> types(Map<String, List<String>> parameters, Set<String> knownTypes) {
        Set<String> types = new HashSet<>();
        for (String type : parameters.getOrDefault(Facet.TYPE.parameter(), List.of())) {
            if (type.isBlank()) {
                continue;
            }
            if (!knownTypes.contains(type)) {
                throw new InvalidRequestException("error.parameter.type", String.join("、", knownTypes.stream().sorted().toList()));
            }
            types.add(type);
        }
        return types;
    }

    private static Integer year(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.strip().matches("[12][0-9]{3}")) {
            throw new InvalidRequestException("error.parameter.year");
        }
        return Integer.valueOf(raw.strip());
    }

    private static String filter(Map<String, List<String>> parameters, Facet facet) {
        String value = SearchText.clean(first(parameters, facet.parameter())).text();
        return value.isEmpty() ? null : value;
    }

    private static Order order(String raw) {
        if (raw == null || raw.isBlank()) {
            return Order.RELEVANCE;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> Order.RELEVANCE;
            case "date" -> Order.DATE;
            default -> throw new InvalidRequestException("error.parameter.order");
        };
    }

    private static int size(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_SIZE;
        }
        int size = PageNumber.parse("size", raw);
        if (size > SearchQuery.MAX_PAGE_SIZE) {
            throw new InvalidRequestException("error.parameter.size", SearchQuery.MAX_PAGE_SIZE);
        }
        return size;
    }
}
