package org.gongshi.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Precision at 5 and at 10 of an index over judged queries: each query with the set of ids relevant to it. */
final class PrecisionEvaluator {
    record JudgedQuery(String text, Set<String> relevant) {}

    record Precision(double atFive, double atTen) {
        @Override
        public String toString() {
            return String.format("P@5 %.3f, P@10 %.3f", atFive, atTen);
        }
    }

    private PrecisionEvaluator() {}

    /** Reads {@code query<TAB>id,id,...} lines; {@code #} starts a comment. */
    static List<JudgedQuery> judged(String resource) {
        try (InputStream in = PrecisionEvaluator.class.getResourceAsStream(resource)) {
            List<JudgedQuery> queries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    queries.add(new JudgedQuery(parts[0], Set.of(parts[1].split(","))));
                }
            }
            return queries;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    static Precision evaluate(SearchIndex index, List<JudgedQuery> queries) {
        double atFive = 0;
        double atTen = 0;
        for (JudgedQuery query : queries) {
            List<String> ids = index.search(SearchQuery.of(query.text())).hits().stream().map(SearchHit::id).toList();
            atFive += precisionAt(5, ids, query.relevant());
            atTen += precisionAt(10, ids, query.relevant());
        }
        return new Precision(atFive / queries.size(), atTen / queries.size());
    }

    /** Relevant results among the first {@code k}, over {@code k} (a short result list counts its gaps as misses). */
    static double precisionAt(int k, List<String> ranked, Set<String> relevant) {
        return ranked.stream().limit(k).filter(relevant::contains).count() / (double) k;
    }
}
