package org.gongshi.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.index.SearchQuery;
import org.gongshi.site.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

class SearchParametersTest {
    private static final Set<String> TYPES = Set.of("case", "policy", "bulletin");

    @Test
    void readsEveryParameter() {
        SearchRequest request = SearchParameters.parse(Map.of("q", List.of("执行"), "type", List.of("policy", "case"),
                "year", List.of("2023"), "issuer", List.of("最高人民法院"), "order", List.of("date"),
                "page", List.of("3"), "size", List.of("50")), TYPES, true);
        SearchQuery query = request.query();
        assertEquals("执行", query.text());
        assertEquals(Set.of("policy", "case"), query.types());
        assertEquals(2023, query.year());
        assertEquals("最高人民法院", query.issuer());
        assertEquals(SearchQuery.Order.DATE, query.order());
        assertEquals(3, query.page());
        assertEquals(50, query.pageSize());
    }

    @Test
    void defaultsForAnEmptyRequest() {
        SearchRequest request = SearchParameters.parse(Map.of(), TYPES, true);
        assertTrue(request.isBlank());
        assertEquals(1, request.query().page());
        assertEquals(SearchParameters.DEFAULT_SIZE, request.query().pageSize());
    }

    @Test
    void refusesInvalidValues() {
        for (Map<String, List<String>> parameters : List.of(Map.of("type", List.of("people")),
                Map.of("page", List.of("0")), Map.of("page", List.of("x")), Map.of("size", List.of("51")),
                Map.of("order", List.of("best")), Map.of("year", List.of("99")))) {
            assertThrows(InvalidRequestException.class, () -> SearchParameters.parse(parameters, TYPES, false),
                    parameters.toString());
        }
    }

    @Test
    void onlyTheApiRefusesUnknownOrRepeatedParameters() {
        Map<String, List<String>> tracking = Map.of("q", List.of("a"), "utm_source", List.of("mail"));
        assertThrows(InvalidRequestException.class, () -> SearchParameters.parse(tracking, TYPES, true));
        assertEquals("a", SearchParameters.parse(tracking, TYPES, false).query().text());
        assertThrows(InvalidRequestException.class,
                () -> SearchParameters.parse(Map.of("page", List.of("1", "2")), TYPES, true));
    }
}
