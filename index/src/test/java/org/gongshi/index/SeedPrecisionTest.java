package org.gongshi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gongshi.index.quality.JudgedQuery;
import org.gongshi.index.quality.RankingQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking quality on judged queries over the seed texts cut into paragraphs (five whole documents rank too little). */
class SeedPrecisionTest {
    @TempDir
    Path directory;

    @Test
    void rankingQualityCountsRelevantResultsAmongTheFirstK() {
        RankingQuality quality = new RankingQuality();
        quality.add(List.of("a", "x", "b"), Set.of("a", "b"));

        assertEquals(0.4, quality.precisionAtFive(), 1e-9);
        assertEquals(0.2, quality.precisionAtTen(), 1e-9);
        assertEquals(2 / 3.0, quality.precisionOfShown(), 1e-9);
        assertEquals(1.0, quality.firstRelevant(), 1e-9);
        assertEquals(1.0, quality.recallAtTen(), 1e-9);
    }

    @Test
    void judgedQueriesRankRelevantParagraphsFirst() throws Exception {
        RankingQuality quality = new RankingQuality();
        try (TestIndex index = new TestIndex(directory, List.of(SeedCorpus.paragraphs())).start()) {
            for (JudgedQuery query : judged()) {
                List<String> ids = index.search(query.text()).hits().stream().map(SearchHit::id).toList();
                quality.add(ids, query.relevant());
            }
        }
        System.out.println("seed paragraphs: " + quality);
        assertEquals(1.0, quality.firstRelevant(), 1e-9, quality.toString());
        assertTrue(quality.precisionAtFive() >= 0.85, quality.toString());
    }

    private static List<JudgedQuery> judged() throws IOException {
        try (InputStream in = SeedPrecisionTest.class.getResourceAsStream("/judged-queries.tsv")) {
            return JudgedQuery.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
