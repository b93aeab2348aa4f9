package org.gongshi.index;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

/** Test data: the published documents of one type, held in memory instead of the database. */
final class InMemorySource implements DocumentSource {
    private final String type;
    private final String label;
    private final Map<String, SearchDocument> documents = new ConcurrentSkipListMap<>();

    InMemorySource(String type, String label) {
        this.type = type;
        this.label = label;
    }

    InMemorySource put(SearchDocument document) {
        documents.put(document.id(), document);
        return this;
    }

    void remove(String id) {
        documents.remove(id);
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Optional<SearchDocument> find(String key) {
        return Optional.ofNullable(documents.get(type + ":" + key));
    }

    @Override
    public void forEachPublished(Consumer<SearchDocument> sink) {
        documents.values().forEach(sink);
    }

    @Override
    public long countPublished() {
        return documents.size();
    }
}
