package org.gongshi.site.home;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Supplier;
import org.gongshi.site.articles.ListItem;

/** A list of links on the home page (e.g. the latest bulletins), with a link to all of them; read after each write. */
public record HomeSection(String heading, String moreUrl, Supplier<List<ListItem>> items) {
    public HomeSection {
        requireNonNull(heading, "heading");
        requireNonNull(moreUrl, "moreUrl");
        requireNonNull(items, "items");
    }
}
