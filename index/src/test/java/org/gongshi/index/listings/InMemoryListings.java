package org.gongshi.index.listings;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

/** Test data: the public listings held in memory instead of the database; counts full reads. */
final class InMemoryListings implements ListingSource {
    private final Map<String, ListingEntry> listings = new ConcurrentSkipListMap<>();
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
