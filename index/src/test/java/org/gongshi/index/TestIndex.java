package org.gongshi.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.index.testing.TestOutbox;

/** A real SQLite outbox and a real Lucene index in a test's temporary directory. */
final class TestIndex implements AutoCloseable {
    private final TestOutbox store;
    final Database database;
    final Outbox outbox;
    final Path indexRoot;
    private final List<DocumentSource> sources;
    private SearchIndex index;

    TestIndex(Path directory, List<DocumentSource> sources) {
        this.store = new TestOutbox(directory);
        this.database = store.database;
        this.outbox = store.outbox;
        this.indexRoot = directory.resolve("index");
        this.sources = sources;
    }

    static SearchDocument document(String id, String title, String body) {
        return new SearchDocument(id, id.substring(0, id.indexOf(':')), title, body, "/" + id.replace(':', '/'),
                null, null, null, null, null);
    }

    static SearchDocument document(String id, String title, String body, LocalDate date) {
        return new SearchDocument(id, id.substring(0, id.indexOf(':')), title, body, "/" + id.replace(':', '/'),
                date, null, null, null, null);
    }

    /** Opens and starts the index and waits until it is ready. */
    TestIndex start() throws InterruptedException {
        index = SearchIndex.open(indexRoot, sources, outbox);
        index.start();
        TestOutbox.awaitReady(index::isReady, "index");
        return this;
    }

    SearchIndex index() {
        return index;
    }

    long recordChange(String type, String id) {
        return store.recordChange(type, id);
    }

    SearchResults search(String text) {
        return search(SearchQuery.of(text));
    }

    SearchResults search(SearchQuery query) {
        return index.search(query);
    }

    List<String> ids(String text) {
        return ids(SearchQuery.of(text));
    }

    List<String> ids(SearchQuery query) {
        return index.search(query).hits().stream().map(SearchHit::id).toList();
    }

    void stop() {
        if (index != null) {
            index.close();
            index = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
