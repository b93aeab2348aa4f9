package org.gongshi.index;

/**
 * The facets a search counts and filters by, in the order results list them. {@link #parameter()} names a facet in
 * search addresses and in the API's {@code facets}, so it never changes; the dimension in the index may, together with
 * the index schema's version.
 */
public enum Facet {
    TYPE("type", "type"),
    YEAR("year", "year"),
    ISSUER("issuer", "issuer"),
    REGION("region", "region"),
    CATEGORY("category", "category");

    private final String dimension;
    private final String parameter;

    Facet(String dimension, String parameter) {
        this.dimension = dimension;
        this.parameter = parameter;
    }

    /** The facet's dimension in the index. */
    String dimension() {
        return dimension;
    }

    /** The query parameter that filters by this facet, e.g. {@code /search?year=2023}. */
    public String parameter() {
        return parameter;
    }
}
