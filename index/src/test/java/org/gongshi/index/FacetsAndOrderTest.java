package org.gongshi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetsAndOrderTest {
    @TempDir
    Path directory;

    private TestIndex index;

    @BeforeEach
    void indexDocuments() throws InterruptedException {
        InMemorySource policies = new InMemorySource("policy", "政策文件")
                .put(doc("policy:a", "policy", "执行联动机制意见", 2021, "最高人民法院", "全国", "执行"))
                .put(doc("policy:b", "policy", "信用修复办法", 2022, "国家发展改革委", "全国", "信用"))
                .put(doc("policy:c", "policy", "执行难综合治理方案", 2022, "云浮市委", "广东", "执行", 6));
        InMemorySource cases = new InMemorySource("case", "典型案例")
                .put(doc("case:d", "case", "拒不执行判决案", 2023, "汉川市人民法院", "湖北", "执行"))
                .put(doc("case:e", "case", "失信惩戒案", 2020, "汉川市人民法院", "湖北", "信用"));
        index = new TestIndex(directory, List.of(policies, cases)).start();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchDocument doc(String id, String type, String title, int year, String issuer, String region,
            String category) {
        return doc(id, type, title, year, issuer, region, category, 3);
    }

    private static SearchDocument doc(String id, String type, String title, int year, String issuer, String region,
            String category, int month) {
        return new SearchDocument(id, type, title, title + "。正文。", "/" + id, LocalDate.of(year, month, 1), null, issuer,
                region, category);
    }

    private static SearchQuery query(String text, Set<String> types, Integer year, String issuer, String region,
            String category, SearchQuery.Order order, int page, int pageSize) {
        return new SearchQuery(text, types, year, issuer, region, category, order, page, pageSize);
    }

    private static Map<String, Long> counts(SearchResults results, Facet facet) {
        return results.facets().get(facet).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }

    @Test
    void emptyQueryListsEverythingNewestFirst() {
        SearchResults results = index.search("");
        assertEquals(5, results.total());
        assertEquals(List.of("case:d", "policy:c", "policy:b", "policy:a", "case:e"),
                results.hits().stream().map(SearchHit::id).toList());
    }

    @Test
    void facetCountsReflectTheQuery() {
        SearchResults results = index.search("执行");
        assertEquals(3, results.total());
        assertEquals(Map.of("policy", 2L, "case", 1L), counts(results, Facet.TYPE));
        assertEquals(Map.of("2021", 1L, "2022", 1L, "2023", 1L), counts(results, Facet.YEAR));
        assertEquals(Map.of("执行", 3L), counts(results, Facet.CATEGORY));
        FacetValue policy = results.facets().get(Facet.TYPE).get(0);
        assertEquals(new FacetValue("policy", "政策文件", 2), policy);
    }

    @Test
    void drillDownFiltersCombine() {
        assertEquals(List.of("case:d", "case:e"),
                index.ids(query("", Set.of("case"), null, null, null, null, SearchQuery.Order.DATE, 1, 10)));
        assertEquals(List.of("policy:c", "policy:b"),
                index.ids(query("", Set.of(), 2022, null, null, null, SearchQuery.Order.DATE, 1, 10)));
        assertEquals(List.of("case:e"),
                index.ids(query("", Set.of(), null, "汉川市人民法院", "湖北", "信用", SearchQuery.Order.DATE, 1, 10)));
        assertEquals(List.of("policy:c"),
                index.ids(query("执行", Set.of("policy"), 2022, null, null, null, SearchQuery.Order.RELEVANCE, 1, 10)));
        assertEquals(List.of("case:d", "policy:c", "policy:b", "policy:a", "case:e"),
                index.ids(query("", Set.of("policy", "case"), null, null, null, null, SearchQuery.Order.DATE, 1, 10)));
    }

    @Test
    void dateOrderPutsNewestFirstEvenWithText() {
        assertEquals(List.of("case:d", "policy:c", "policy:a"),
                index.ids(query("执行", Set.of(), null, null, null, null, SearchQuery.Order.DATE, 1, 10)));
    }

    @Test
    void pagesSliceTheResultsAndKeepTheTotal() {
        SearchResults first = index.search(query("", Set.of(), null, null, null, null, SearchQuery.Order.DATE, 1, 2));
        SearchResults third = index.search(query("", Set.of(), null, null, null, null, SearchQuery.Order.DATE, 3, 2));
        SearchResults beyond = index.search(query("", Set.of(), null, null, null, null, SearchQuery.Order.DATE, 9, 2));
        assertEquals(List.of("case:d", "policy:c"), first.hits().stream().map(SearchHit::id).toList());
        assertEquals(5, first.total());
        assertEquals(3, first.pageCount());
        assertEquals(List.of("case:e"), third.hits().stream().map(SearchHit::id).toList());
        assertEquals(List.of(), beyond.hits());
        assertEquals(5, beyond.total());
    }
}
