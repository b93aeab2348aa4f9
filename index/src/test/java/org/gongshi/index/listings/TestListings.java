package org.gongshi.index.listings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.index.testing.TestOutbox;

/** A real SQLite outbox and a real listing index in a test's temporary directory. */
final class TestListings implements AutoCloseable {
    private final TestOutbox store;
    final Database database;
    final Outbox outbox;
    final Path indexRoot;
    final InMemoryListings source;
    private ListingIndex index;

    TestListings(Path directory, InMemoryListings source) {
        this.store = new TestOutbox(directory);
        this.database = store.database;
        this.outbox = store.outbox;
        this.indexRoot = directory.resolve("index");
        this.source = source;
    }

    /** A natural person listed in 北京 by 北京市第一中级人民法院 unless the test says otherwise. */
    static ListingEntry person(String id, String name, LocalDate publishedOn) {
        return new ListingEntry(id, name, "自然人", "1101**********1234", "key-" + id, "(2024)京01执" + id + "号",
                "北京市第一中级人民法院", "北京", publishedOn, publishedOn.plusYears(2));
    }

    static ListingEntry listed(String id, String name, String court, String province) {
        return new ListingEntry(id, name, "企业", "91110000" + id, null, "(2024)执" + id + "号", court, province,
                LocalDate.of(2024, 1, 1), null);
    }

    /** Opens and starts the index and waits until it is ready. */
    TestListings start() throws InterruptedException {
        index = ListingIndex.open(indexRoot, source, outbox);
        index.start();
        TestOutbox.awaitReady(index::isReady, "listing index");
        return this;
    }

    ListingIndex index() {
        return index;
    }

    long recordChange(String type, String id) {
        return store.recordChange(type, id);
    }

    long recordRange(String type, String firstId, String lastId) {
        return store.recordRange(type, firstId, lastId);
    }

    List<String> ids(ListingQuery query) {
        return index.search(query).items().stream().map(ListingHit::id).toList();
    }

    List<String> idsByName(String name) {
        return ids(ListingQuery.byName(name));
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
