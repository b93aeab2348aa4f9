package org.gongshi.index;

import java.nio.file.Path;
import java.util.List;
import org.gongshi.content.outbox.Outbox;

/** Contract only: implemented by the index work. */
public final class SearchIndex implements AutoCloseable {
    public static SearchIndex open(Path indexRoot, List<DocumentSource> sources, Outbox outbox) {
        throw new UnsupportedOperationException("contract only");
    }

    public void start() {
        throw new UnsupportedOperationException();
    }

    public boolean isReady() {
        throw new UnsupportedOperationException();
    }

    public SearchResults search(SearchQuery query) {
        throw new UnsupportedOperationException();
    }

    /** Labels of the registered document types, by type key, e.g. policy → 政策文件. */
    public java.util.Map<String, String> typeLabels() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
