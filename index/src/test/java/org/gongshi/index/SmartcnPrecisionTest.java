package org.gongshi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decides whether a smartcn word-segmented sub-field earns its place: it must raise precision on the judged set. */
class SmartcnPrecisionTest {
    private static final List<PrecisionEvaluator.JudgedQuery> JUDGED = PrecisionEvaluator.judged("/judged-queries.tsv");

    @TempDir
    Path directory;

    @Test
    void precisionHarnessCountsRelevantResultsAmongTheFirstK() {
        assertEquals(0.4, PrecisionEvaluator.precisionAt(5, List.of("a", "x", "b"), Set.of("a", "b")), 1e-9);
        assertEquals(0.2, PrecisionEvaluator.precisionAt(10, List.of("a", "x", "b"), Set.of("a", "b")), 1e-9);
    }

    @Test
    void bigramsAloneVersusBigramsWithSmartcnWords() throws InterruptedException {
        PrecisionEvaluator.Precision bigrams = measure(false);
        PrecisionEvaluator.Precision withWords = measure(true);
        System.out.println("judged queries: " + JUDGED.size() + "; bigrams: " + bigrams + "; bigrams + smartcn: "
                + withWords);
        assertTrue(bigrams.atFive() >= 0.8, "bigram precision regressed: " + bigrams);
    }

    private PrecisionEvaluator.Precision measure(boolean wordFields) throws InterruptedException {
        try (TestIndex index = new TestIndex(directory.resolve(wordFields ? "words" : "bigrams"),
                List.of(SeedCorpus.paragraphs()), new IndexSchema(wordFields)).start()) {
            return PrecisionEvaluator.evaluate(index.index(), JUDGED);
        }
    }
}
