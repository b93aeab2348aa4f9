package org.gongshi.index.listings;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.gongshi.index.FollowedType;

/**
 * The outbox's {@code listing} rows as the listing index follows them: the outbox id is the listing id, or a range of
 * listing ids for the new listings of an import batch.
 */
final class ListingDocuments implements FollowedType {
    static final String TYPE = "listing";

    private final ListingSource source;

    ListingDocuments(ListingSource source) {
        this.source = source;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Term idTerm(String key) {
        return ListingSchema.idTerm(key);
    }

    @Override
    public Optional<Document> find(String key) {
        return source.find(key).map(ListingSchema::toDocument);
    }

    @Override
    public void findBetween(String firstKey, String lastKey, BiConsumer<String, Optional<Document>> sink) {
        source.forEachBetween(firstKey, lastKey, (id, entry) -> sink.accept(id, entry.map(ListingSchema::toDocument)));
    }

    @Override
    public void forEachPublished(Consumer<Document> sink) {
        source.forEachPublic(entry -> sink.accept(ListingSchema.toDocument(entry)));
    }

    @Override
    public long countPublished() {
        return source.countPublic();
    }
}
