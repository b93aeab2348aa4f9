package org.gongshi.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/** Runs one {@link SearchQuery} against one searcher: query, drill-down filters, order, page, facets and highlights. */
final class Searches {
    /** Deeper pages than this are not served: nobody reads them and they cost memory. */
    static final int MAX_WINDOW = 10_000;
    private static final int FACET_VALUES = 50;

    private final IndexSchema schema;
    private final TextQueries textQueries;
    private final Highlights highlights;
    private final Map<String, String> typeLabels;

    Searches(IndexSchema schema, TextQueries textQueries, Highlights highlights, Map<String, String> typeLabels) {
        this.schema = schema;
        this.textQueries = textQueries;
        this.highlights = highlights;
        this.typeLabels = typeLabels;
    }

    SearchResults search(FacetedSearcher searcher, SearchQuery query) throws IOException {
        Query text = textQueries.build(query.text());
        int window = Math.min(query.page() * query.pageSize(), MAX_WINDOW);
        int from = Math.min((query.page() - 1) * query.pageSize(), window);
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
                searcher, filtered(text, query), window, sort(query), false, new FacetsCollectorManager());
        ScoreDoc[] page = Arrays.copyOfRange(result.topDocs().scoreDocs, Math.min(from, result.topDocs().scoreDocs.length),
                result.topDocs().scoreDocs.length);
        TopDocs pageDocs = new TopDocs(result.topDocs().totalHits, page);
        String[][] html = highlights.of(searcher, text, pageDocs);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int index = 0; index < page.length; index++) {
            hits.add(hit(stored.document(page[index].doc), html[index]));
        }
        Map<Facet, List<FacetValue>> facets = facets(searcher.facetState(), result);
        return new SearchResults(result.topDocs().totalHits.value, hits, facets, query.page(), query.pageSize());
    }

    private Query filtered(Query text, SearchQuery query) {
        DrillDownQuery drillDown = new DrillDownQuery(schema.facetsConfig(), text);
        for (String type : query.types()) {
            drillDown.add(Facet.TYPE.dimension(), type);
        }
        if (query.year() != null) {
            drillDown.add(Facet.YEAR.dimension(), String.valueOf(query.year()));
        }
        addFilter(drillDown, Facet.ISSUER, query.issuer());
        addFilter(drillDown, Facet.REGION, query.region());
        addFilter(drillDown, Facet.CATEGORY, query.category());
        return drillDown;
    }

    private static void addFilter(DrillDownQuery drillDown, Facet facet, String value) {
        if (value != null && !value.isBlank()) {
            drillDown.add(facet.dimension(), value.strip());
        }
    }

    private static Sort sort(SearchQuery query) {
        SortField newestFirst = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        newestFirst.setMissingValue(Long.MIN_VALUE);
        boolean byDate = query.order() == SearchQuery.Order.DATE || query.text().isBlank();
        return byDate ? new Sort(newestFirst, SortField.FIELD_SCORE) : new Sort(SortField.FIELD_SCORE, newestFirst);
    }

    private static SearchHit hit(Document document, String[] html) {
        String date = document.get(IndexSchema.DATE);
        return new SearchHit(
                document.get(IndexSchema.ID),
                document.get(IndexSchema.TYPE),
                document.get(IndexSchema.TITLE),
                html[0],
                document.get(IndexSchema.URL),
                html[1],
                date == null ? null : LocalDate.parse(date));
    }

    private Map<Facet, List<FacetValue>> facets(
            SortedSetDocValuesReaderState state, FacetsCollectorManager.FacetsResult result) throws IOException {
        Map<Facet, List<FacetValue>> facets = new LinkedHashMap<>();
        Facets counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = new ArrayList<>();
            FacetResult top = counts == null || state.getOrdRange(facet.dimension()) == null
                    ? null
                    : counts.getTopChildren(FACET_VALUES, facet.dimension());
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.add(new FacetValue(value.label, label(facet, value.label), value.value.longValue()));
                }
            }
            facets.put(facet, values);
        }
        return facets;
    }

    private String label(Facet facet, String value) {
        return facet == Facet.TYPE ? typeLabels.getOrDefault(value, value) : value;
    }
}
