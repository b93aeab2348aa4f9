package org.gongshi.index.quality;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mean ranking measures over judged queries. P@k counts a short result list's gaps as misses; precision of the shown
 * results divides by what was shown; recall is within the first ten.
 */
public final class RankingQuality {
    private static final int TOP = 10;

    private int queries;
    private double firstRelevant;
    private double atFive;
    private double atTen;
    private double shown;
    private double recall;

    /** Adds one query's ranked results (best first). */
    public void add(List<String> ranked, Set<String> relevant) {
        queries++;
        List<String> top = ranked.stream().limit(TOP).toList();
        if (top.isEmpty()) {
            return;
        }
        long hits = top.stream().filter(relevant::contains).count();
        firstRelevant += relevant.contains(top.get(0)) ? 1 : 0;
        atFive += top.stream().limit(5).filter(relevant::contains).count() / 5.0;
        atTen += hits / (double) TOP;
        shown += hits / (double) top.size();
        recall += hits / (double) relevant.size();
    }

    public double firstRelevant() {
        return mean(firstRelevant);
    }

    public double precisionAtFive() {
        return mean(atFive);
    }

    public double precisionAtTen() {
        return mean(atTen);
    }

    public double precisionOfShown() {
        return mean(shown);
    }

    public double recallAtTen() {
        return mean(recall);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d queries: first hit relevant %.3f, P@5 %.3f, P@10 %.3f, precision of shown %.3f, recall@10 %.3f",
                queries, firstRelevant(), precisionAtFive(), precisionAtTen(), precisionOfShown(), recallAtTen());
    }

    private double mean(double sum) {
        return queries == 0 ? 0 : sum / queries;
    }
}
