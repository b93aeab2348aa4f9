package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.index.quality.JudgedQuery;
import org.gongshi.index.quality.RankingQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judged query set over the demo content, through the public API as a reader meets it. The thresholds sit just
 * under today's figures (docs/benchmarks.md), so a change that makes search worse fails here.
 */
class SearchPrecisionIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void judgedQueriesFindWhatAReaderExpects() throws IOException {
        List<JudgedQuery> judged = judged();
        RankingQuality quality = new RankingQuality();
        List<String> firstHitMisses = new ArrayList<>();
        try (RunningSite site = RunningSite.startWithDemo(data)) {
            for (JudgedQuery query : judged) {
                List<String> urls = new ArrayList<>();
                JSON.readTree(site.get("/api/v1/search?size=10&q=" + RunningSite.encode(query.text())).body())
                        .path("hits").forEach(hit -> urls.add(hit.path("url").asText()));
                quality.add(urls, query.relevant());
                if (urls.isEmpty() || !query.relevant().contains(urls.get(0))) {
                    firstHitMisses.add(query.text() + " → " + urls);
                }
            }
        }
        System.out.println("demo content: " + quality);

        assertEquals(List.of(), firstHitMisses, "every judged query's first hit is relevant");
        assertTrue(quality.precisionOfShown() >= 0.75, quality.toString());
        assertTrue(quality.recallAtTen() >= 0.95, quality.toString());
    }

    private static List<JudgedQuery> judged() throws IOException {
        try (InputStream in = SearchPrecisionIT.class.getResourceAsStream("/search/judged-queries.tsv")) {
            return JudgedQuery.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
