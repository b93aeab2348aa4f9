package org.gongshi.index;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The answers to the most recent distinct searches, each kept for the one state of the index it was computed on: a
 * crowd sent by the news asks the same few questions, and highlighting is most of a search's cost. Exact by
 * construction: a change to the index opens a new reader, whose searches miss and compute afresh, so a takedown is
 * never served from here; answers for older readers simply age out. Bounded to {@link #CAPACITY} answers.
 */
final class RecentSearches {
    static final int CAPACITY = 256;

    private record Key(IndexReader.CacheKey reader, SearchQuery query) {}

    interface Search {
        SearchResults run() throws IOException;
    }

    private final Map<Key, SearchResults> answers = Collections.synchronizedMap(
            new LinkedHashMap<>(CAPACITY, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, SearchResults> eldest) {
                    return size() > CAPACITY;
                }
            });

    SearchResults answer(IndexSearcher searcher, SearchQuery query, Search search) throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return search.run();
        }
        Key key = new Key(helper.getKey(), query);
        SearchResults known = answers.get(key);
        if (known != null) {
            return known;
        }
        SearchResults fresh = search.run();
        answers.put(key, fresh);
        return fresh;
    }
}
