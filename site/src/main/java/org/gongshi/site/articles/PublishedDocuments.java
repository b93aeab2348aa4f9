package org.gongshi.site.articles;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Consumer;
import org.gongshi.index.DocumentSource;
import org.gongshi.index.SearchDocument;

/** Feeds the index the published items of one content type, read from the database each time. */
public final class PublishedDocuments<T> implements DocumentSource {
    private final ContentType<T> contentType;

    public PublishedDocuments(ContentType<T> contentType) {
        this.contentType = requireNonNull(contentType, "contentType");
    }

    @Override
    public String type() {
        return contentType.type();
    }

    @Override
    public String label() {
        return contentType.label();
    }

    /** Accepts the bare slug an outbox row names as well as the prefixed document id. */
    @Override
    public Optional<SearchDocument> find(String id) {
        String prefix = contentType.type() + ":";
        String slug = id.startsWith(prefix) ? id.substring(prefix.length()) : id;
        return contentType.content().findPublished(slug).map(contentType.document());
    }

    @Override
    public void forEachPublished(Consumer<SearchDocument> sink) {
        contentType.content().forEachPublished(item -> sink.accept(contentType.document().apply(item)));
    }

    @Override
    public long countPublished() {
        return contentType.content().countPublished();
    }
}
