package org.gongshi.index.listings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/** The courts of listed debtors whose name contains what someone typed: suggestions for the lookup's 执行法院 field. */
final class CourtNames {
    private CourtNames() {}

    static List<String> containing(IndexSearcher searcher, ListedCourts courts, String partial, int limit)
            throws IOException {
        String key = NameCharacters.ofKeyword(partial);
        if (key.isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String court : courts.containing(searcher.getIndexReader(), key)) {
            if (found.size() == limit) {
                break;
            }
            // A court whose every listing has gone is no suggestion.
            if (searcher.count(new TermQuery(new Term(ListingSchema.COURT_KEY, court))) > 0) {
                found.add(court);
            }
        }
        return found;
    }
}
