package org.gongshi.site.search;

import java.util.List;

/** One facet as the page shows it: a heading and links that narrow (or widen again) the results. */
record FacetGroup(String name, List<Choice> choices) {
    record Choice(String label, long count, String url, boolean selected) {}
}
