package org.gongshi.content.listings;

import java.util.List;

/**
 * Listings checked and turned into column values, ready for {@link ListingRepository#upsertAll(ListingBatch)}. The
 * checking is the costly part in Java, so an importer prepares the next batch on its own thread while the previous one
 * is written.
 */
public final class ListingBatch {
    private final List<Listing> listings;
    private final List<List<Object>> values;

    private ListingBatch(List<Listing> listings, List<List<Object>> values) {
        this.listings = listings;
        this.values = values;
    }

    /** Throws {@link IllegalArgumentException} for the first row the repository would refuse. */
    static ListingBatch of(List<Listing> listings) {
        List<Listing> copy = List.copyOf(listings);
        return new ListingBatch(copy, copy.stream().map(ListingField::valuesOf).toList());
    }

    List<Listing> listings() {
        return listings;
    }

    List<List<Object>> values() {
        return values;
    }

    public int size() {
        return listings.size();
    }
}
