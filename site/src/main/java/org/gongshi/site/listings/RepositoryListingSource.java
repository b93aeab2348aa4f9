package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.index.listings.ListingEntry;
import org.gongshi.index.listings.ListingSource;

/** Feeds the listing index every public listing, read from the database each time; the rest are absent. */
public final class RepositoryListingSource implements ListingSource {
    private final ListingRepository repository;

    public RepositoryListingSource(ListingRepository repository) {
        this.repository = requireNonNull(repository, "repository");
    }

    @Override
    public Optional<ListingEntry> find(String id) {
        return repository.findPublic(id).map(RepositoryListingSource::entry);
    }

    @Override
    public void forEachBetween(String firstId, String lastId, BiConsumer<String, Optional<ListingEntry>> sink) {
        repository.forEachBetween(firstId, lastId, listing -> sink.accept(listing.id(),
                listing.status().isPublic() ? Optional.of(entry(listing)) : Optional.empty()));
    }

    @Override
    public void forEachPublic(Consumer<ListingEntry> sink) {
        repository.forEachPublic(listing -> sink.accept(entry(listing)));
    }

    @Override
    public long countPublic() {
        return repository.countPublic();
    }

    static ListingEntry entry(Listing listing) {
        var debtor = listing.debtor();
        var enforcement = listing.enforcement();
        return new ListingEntry(listing.id(), debtor.name(), debtor.kind().label(), debtor.identifierShown(),
                debtor.identifierKey(), enforcement.caseNumber(), enforcement.court(), enforcement.province(),
                listing.publishedOn(), listing.expiresOn());
    }
}
