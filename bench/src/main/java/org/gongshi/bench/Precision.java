package org.gongshi.bench;

import java.util.List;
import java.util.Set;

/** Mean precision measures of ranked result lists against judgments. */
final class Precision {
    private double firstRelevant;
    private double precision;
    private double recall;
    private int queries;

    /** Adds one query's top results. */
    void add(List<String> ranked, Set<String> relevant) {
        queries++;
        if (ranked.isEmpty()) {
            return;
        }
        long hits = ranked.stream().filter(relevant::contains).count();
        firstRelevant += relevant.contains(ranked.get(0)) ? 1 : 0;
        precision += (double) hits / ranked.size();
        recall += (double) hits / relevant.size();
    }

    double firstRelevant() {
        return firstRelevant / queries;
    }

    double precision() {
        return precision / queries;
    }

    double recall() {
        return recall / queries;
    }
}
