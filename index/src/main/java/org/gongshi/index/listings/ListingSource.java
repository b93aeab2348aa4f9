package org.gongshi.index.listings;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Where the listing index reads listings from the database, the source of truth. */
public interface ListingSource {
    /** The public listing with {@code id}, or empty when it is not public (any more): the index then drops it. */
    Optional<ListingEntry> find(String id);

    /**
     * Every listing, public or not, whose id sorts from {@code firstId} to {@code lastId}: each id with its entry, or
     * with empty when it is not public. An import records its new listings in the outbox as such a range.
     */
    void forEachBetween(String firstId, String lastId, BiConsumer<String, Optional<ListingEntry>> sink);

    /** Every public listing, for a rebuild. */
    void forEachPublic(Consumer<ListingEntry> sink);

    /** How many listings {@link #forEachPublic} will give, for progress reporting. */
    long countPublic();
}
