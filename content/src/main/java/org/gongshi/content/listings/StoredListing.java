package org.gongshi.content.listings;

import java.util.Objects;

/** A listing as its row holds it: with the number of changes so far and the deletion ground the record lacks. */
record StoredListing(Listing listing, int version, DeletionGround deletionGround) {
    StoredListing {
        Objects.requireNonNull(listing, "listing");
    }

    String id() {
        return listing.id();
    }

    ListingStatus status() {
        return listing.status();
    }
}
