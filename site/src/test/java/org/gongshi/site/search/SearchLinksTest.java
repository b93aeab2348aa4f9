package org.gongshi.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.gongshi.index.Facet;
import org.gongshi.index.SearchQuery;
import org.gongshi.index.SearchQuery.Order;
import org.junit.jupiter.api.Test;

class SearchLinksTest {
    private final SearchQuery query =
            new SearchQuery("失信 名单", Set.of("policy"), 2023, null, null, null, Order.RELEVANCE, 2, 10);

    @Test
    void facetLinksChooseAValueAndGoBackToTheFirstPage() {
        SearchLinks links = new SearchLinks(query);
        assertEquals("/search?q=%E5%A4%B1%E4%BF%A1+%E5%90%8D%E5%8D%95&type=policy&year=2023&region=%E5%8C%97%E4%BA%AC",
                links.toggle(Facet.REGION, "北京", false));
    }

    @Test
    void aChosenFacetValueLinksToItsRemoval() {
        SearchLinks links = new SearchLinks(query);
        assertEquals("/search?q=%E5%A4%B1%E4%BF%A1+%E5%90%8D%E5%8D%95&year=2023",
                links.toggle(Facet.TYPE, "policy", true));
    }

    @Test
    void pageAndOrderLinksKeepTheFilters() {
        SearchLinks links = new SearchLinks(query);
        assertEquals("/search?q=%E5%A4%B1%E4%BF%A1+%E5%90%8D%E5%8D%95&type=policy&year=2023&page=3", links.page(3));
        assertEquals("/search?q=%E5%A4%B1%E4%BF%A1+%E5%90%8D%E5%8D%95&type=policy&year=2023&order=date",
                links.order(Order.DATE));
    }
}
