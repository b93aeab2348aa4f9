package org.gongshi.site.listings;

import java.util.List;
import java.util.Set;
import org.gongshi.index.SearchIndex;
import org.gongshi.index.SearchQuery;
import org.gongshi.index.SearchQuery.Order;
import org.gongshi.site.articles.ListItem;

/** The newest public-body listings from the general index, which holds nothing else of the list. */
public final class GovernmentCredit {
    private GovernmentCredit() {}

    /** For the home page: name, link and 发布时间. */
    public static List<ListItem> newest(SearchIndex index, int count) {
        return index.search(new SearchQuery("", Set.of(PublicBodyDocuments.TYPE), null, null, null, null, Order.DATE,
                1, count)).hits().stream()
                .map(hit -> ListItem.of(hit.title(), hit.url(), hit.date()))
                .toList();
    }
}
