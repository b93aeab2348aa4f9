package org.gongshi.index;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;

/** One {@link DocumentSource} as the site search index follows it: ids are {@code type:key}, fields per schema. */
final class SiteDocuments implements FollowedType {
    private final DocumentSource source;
    private final IndexSchema schema;

    SiteDocuments(DocumentSource source, IndexSchema schema) {
        this.source = source;
        this.schema = schema;
    }

    @Override
    public String type() {
        return source.type();
    }

    @Override
    public Term idTerm(String key) {
        // The outbox names a key within its type; the indexed id is type:key (DocumentSource's contract).
        return IndexSchema.idTerm(source.type() + ":" + key);
    }

    @Override
    public Optional<Document> find(String key) {
        return source.find(key).map(schema::toDocument);
    }

    @Override
    public void findBetween(String firstKey, String lastKey, BiConsumer<String, Optional<Document>> sink) {
        source.findBetween(firstKey, lastKey, (key, document) -> sink.accept(key, document.map(schema::toDocument)));
    }

    @Override
    public void forEachPublished(Consumer<Document> sink) {
        source.forEachPublished(document -> sink.accept(schema.toDocument(document)));
    }

    @Override
    public long countPublished() {
        return source.countPublished();
    }
}
