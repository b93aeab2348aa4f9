package org.gongshi.index.listings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The courts of listed debtors whose name contains what someone typed, read from the court keywords of the index: a
 * country has a few thousand courts, so a scan of that term list is cheaper than any structure kept for it.
 */
final class CourtNames {
    private CourtNames() {}

    static List<String> containing(IndexSearcher searcher, String partial, int limit) throws IOException {
        String key = NameCharacters.ofKeyword(partial);
        Terms courts = MultiTerms.getTerms(searcher.getIndexReader(), ListingSchema.COURT_KEY);
        if (key.isEmpty() || courts == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        TermsEnum each = courts.iterator();
        for (BytesRef term = each.next(); term != null && found.size() < limit; term = each.next()) {
            String court = term.utf8ToString();
            // A court whose every listing has gone keeps its term until segments merge; it is no suggestion.
            if (court.contains(key) && searcher.count(new TermQuery(new Term(ListingSchema.COURT_KEY, court))) > 0) {
                found.add(court);
            }
        }
        return found;
    }
}
