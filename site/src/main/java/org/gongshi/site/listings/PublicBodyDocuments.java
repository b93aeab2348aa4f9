package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.index.DocumentSource;
import org.gongshi.index.SearchDocument;

/**
 * 政务失信 in the general search: public listings of public-body debtors only. Natural persons and private enterprises
 * are answered as absent, so the general index never holds them and /search cannot find them.
 */
public final class PublicBodyDocuments implements DocumentSource {
    static final String TYPE = "listing";
    static final String LABEL = "政务失信";

    private final ListingRepository repository;

    public PublicBodyDocuments(ListingRepository repository) {
        this.repository = requireNonNull(repository, "repository");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    public Optional<SearchDocument> find(String key) {
        String id = key.startsWith(TYPE + ":") ? key.substring(TYPE.length() + 1) : key;
        return repository.findPublic(id).filter(PublicBodyDocuments::isPublicBody).map(PublicBodyDocuments::document);
    }

    @Override
    public void findBetween(String firstKey, String lastKey, BiConsumer<String, Optional<SearchDocument>> sink) {
        repository.forEachBetween(firstKey, lastKey, listing -> sink.accept(listing.id(),
                isPublicBody(listing) ? Optional.of(document(listing)) : Optional.empty()));
    }

    @Override
    public void forEachPublished(Consumer<SearchDocument> sink) {
        repository.forEachPublic(listing -> {
            if (isPublicBody(listing)) {
                sink.accept(document(listing));
            }
        });
    }

    @Override
    public long countPublished() {
        return repository.ledger().stream().mapToLong(row -> row.listings()).sum();
    }

    static boolean isPublicBody(Listing listing) {
        return listing.status().isPublic() && listing.debtor().kind().isPublicBody();
    }

    private static SearchDocument document(Listing listing) {
        var debtor = listing.debtor();
        var enforcement = listing.enforcement();
        String body = String.join("\n", nonNull(debtor.identifierShown()), nonNull(debtor.superiorBody()),
                nonNull(enforcement.obligation()), nonNull(enforcement.performance()), nonNull(enforcement.conduct()));
        return new SearchDocument(TYPE + ":" + listing.id(), TYPE, debtor.name(), body,
                ListingUrls.detail(listing.id()), listing.publishedOn(), enforcement.caseNumber(), enforcement.court(),
                enforcement.province(), debtor.kind().label());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
