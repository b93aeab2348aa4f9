package org.gongshi.index;

import java.util.Objects;
import java.util.Set;

/**
 * A user's search. {@code text} is taken literally (no query syntax); empty text lists everything, newest first.
 * Filters are exact facet values; null means no filter. {@code page} counts from 1.
 */
public record SearchQuery(
        String text,
        Set<String> types,
        Integer year,
        String issuer,
        String region,
        String category,
        Order order,
        int page,
        int pageSize) {
    public static final int MAX_PAGE_SIZE = 50;

    public enum Order {
        RELEVANCE,
        DATE
    }

    public SearchQuery {
        text = text == null ? "" : text;
        types = Set.copyOf(types);
        Objects.requireNonNull(order, "order");
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), null, null, null, null, Order.RELEVANCE, 1, 10);
    }
}
