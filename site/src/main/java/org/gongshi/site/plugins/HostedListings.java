package org.gongshi.site.plugins;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.util.Optional;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingLifecycle;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.plugin.ListingChanges;
import org.gongshi.plugin.ListingView;
import org.gongshi.plugin.PluginListings;

/** The listings as plugins see them: reads from the repository, changes through the one lifecycle service. */
public record HostedListings(ListingRepository repository, ListingLifecycle lifecycle) implements PluginListings {
    public HostedListings {
        requireNonNull(repository, "repository");
        requireNonNull(lifecycle, "lifecycle");
    }

    @Override
    public Optional<ListingView> find(String id) {
        return repository.find(requireNonNull(id, "id")).map(HostedListings::view);
    }

    @Override
    public ListingChanges within(Connection transaction) {
        return new HostedListingChanges(lifecycle.within(transaction));
    }

    /** What a plugin sees of {@code listing}. */
    static ListingView view(Listing listing) {
        return new ListingView(listing.id(), new ListingView.Status(listing.status().label(),
                listing.status().isPublic()), listing.debtor().name(), listing.debtor().identifierShown(),
                listing.enforcement().court(), listing.enforcement().caseNumber(),
                listing.enforcement().performance(), listing.enforcement().performedAmount(),
                listing.enforcement().unperformedAmount(), listing.enforcement().conduct());
    }
}
