package org.gongshi.index.listings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The court keywords of one state of the index, in name order, read once for each new reader: a country has a few
 * thousand courts, so finding those that contain what someone typed is a scan of a short list, where compiling a
 * wildcard automaton for every lookup cost a sixth of it. A court whose every listing has gone may stay in the list
 * until its segments merge; it then filters nothing in.
 */
final class ListedCourts {
    private record Known(IndexReader.CacheKey reader, List<String> courts) {}

    private volatile Known known;

    /** The court keywords containing {@code key} (a keyword as {@link NameCharacters#ofKeyword} makes it). */
    List<String> containing(IndexReader reader, String key) throws IOException {
        List<String> found = new ArrayList<>();
        for (String court : all(reader)) {
            if (court.contains(key)) {
                found.add(court);
            }
        }
        return found;
    }

    private List<String> all(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Known current = known;
        if (helper != null && current != null && current.reader() == helper.getKey()) {
            return current.courts();
        }
        List<String> courts = read(reader);
        if (helper != null) {
            known = new Known(helper.getKey(), courts);
        }
        return courts;
    }

    private static List<String> read(IndexReader reader) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, ListingSchema.COURT_KEY);
        List<String> courts = new ArrayList<>();
        if (terms != null) {
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                courts.add(term.utf8ToString());
            }
        }
        return List.copyOf(courts);
    }
}
