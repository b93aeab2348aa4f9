package org.gongshi.site.plugins;

import java.util.Optional;
import java.util.function.Consumer;
import org.gongshi.index.DocumentSource;
import org.gongshi.index.SearchDocument;
import org.gongshi.plugin.SearchDocuments;

/** A plugin's search documents as the index reads them; a document's id is {@code <type>:<key>}. */
record PluginDocumentSource(SearchDocuments documents) implements DocumentSource {
    @Override
    public String type() {
        return documents.type();
    }

    @Override
    public String label() {
        return documents.label();
    }

    @Override
    public Optional<SearchDocument> find(String key) {
        return documents.find(key).map(this::indexed);
    }

    @Override
    public void forEachPublished(Consumer<SearchDocument> sink) {
        documents.forEachPublished(document -> sink.accept(indexed(document)));
    }

    @Override
    public long countPublished() {
        return documents.countPublished();
    }

    private SearchDocument indexed(org.gongshi.plugin.SearchDocument document) {
        return new SearchDocument(type() + ":" + document.key(), type(), document.title(), document.body(),
                document.url(), document.date(), document.number(), document.issuer(), document.region(),
                document.category());
    }
}
