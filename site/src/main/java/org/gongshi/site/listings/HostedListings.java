package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.util.Optional;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingChanges;
import org.gongshi.content.listings.ListingLifecycle;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.plugin.PluginListings;

/** The listings as plugins see them: reads from the repository, changes through the one lifecycle service. */
public record HostedListings(ListingRepository repository, ListingLifecycle lifecycle) implements PluginListings {
    public HostedListings {
        requireNonNull(repository, "repository");
        requireNonNull(lifecycle, "lifecycle");
    }

    @Override
    public Optional<Listing> find(String id) {
        return repository.find(requireNonNull(id, "id"));
    }

    @Override
    public ListingChanges within(Connection transaction) {
        return lifecycle.within(transaction);
    }
}
