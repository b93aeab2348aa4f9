package org.gongshi.index.listings;

import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Test data: the public listings held in memory instead of the database; counts full reads. */
final class InMemoryListings implements ListingSource {
    private final ConcurrentSkipListMap<String, ListingEntry> listings = new ConcurrentSkipListMap<>();
    volatile int fullReads;

    InMemoryListings put(ListingEntry entry) {
        listings.put(entry.id(), entry);
        return this;
    }

    void remove(String id) {
        listings.remove(id);
    }

    @Override
    public Optional<ListingEntry> find(String id) {
        return Optional.ofNullable(listings.get(id));
    }

    /** Holds only public listings: a removed one is simply absent, so a range reports only those present. */
    @Override
    public void forEachBetween(String firstId, String lastId, BiConsumer<String, Optional<ListingEntry>> sink) {
        listings.subMap(firstId, true, lastId, true).forEach((id, entry) -> sink.accept(id, Optional.of(entry)));
    }

    @Override
    public void forEachPublic(Consumer<ListingEntry> sink) {
        fullReads++;
        listings.values().forEach(sink);
    }

    @Override
    public long countPublic() {
        return listings.size();
    }
}
