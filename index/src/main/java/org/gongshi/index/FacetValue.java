package org.gongshi.index;

/** One value of a facet with the number of matching documents; {@code label} is what to show (zh-CN). */
public record FacetValue(String value, String label, long count) {}
