package org.gongshi.site;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.gongshi.content.listings.ListingLifecycle;
import org.gongshi.content.listings.ListingRepository;

/** The list of dishonest judgment debtors over one {@link Storage}: reading it, and changing a listing's status. */
public record Listings(ListingRepository repository, ListingLifecycle lifecycle) {
    public Listings {
        requireNonNull(repository, "repository");
        requireNonNull(lifecycle, "lifecycle");
    }

    public static Listings open(Storage storage, Clock clock) {
        requireNonNull(storage, "storage");
        requireNonNull(clock, "clock");
        ListingRepository repository = new ListingRepository(storage.database(), storage.outbox(), clock);
        return new Listings(repository, new ListingLifecycle(storage.database(), storage.outbox(), clock));
    }
}
