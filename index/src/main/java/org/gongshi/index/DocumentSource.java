package org.gongshi.index;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where the index reads one type of document from the database (the source of truth). The core registers one per
 * content type; plugins contribute theirs through the SPI. Outbox entries name a type and an id; the source of that
 * type answers with the current document, or empty when it is gone or no longer public (the index then drops it).
 */
public interface DocumentSource {
    /** The type key used in the API and in outbox rows, e.g. {@code policy}. Lowercase letters only. */
    String type();

    /** The zh-CN name of the type shown on facets, e.g. 政策文件. */
    String label();

    /**
     * The public document for {@code key} — the id recorded in the outbox, e.g. a slug — or empty if it must not be
     * in the index. The document's own id is always {@code type() + ":" + key}.
     */
    Optional<SearchDocument> find(String key);

    /**
     * Every key of this type that sorts from {@code firstKey} to {@code lastKey}, each with its public document or with
     * empty when it must not be in the index: what an outbox row naming a range stands for. Only a source whose
     * content records ranges in the outbox implements it.
     */
    default void findBetween(String firstKey, String lastKey, BiConsumer<String, Optional<SearchDocument>> sink) {
        throw new UnsupportedOperationException("document type " + type() + " does not record ranges");
    }

    /** Every public document of this type, for a rebuild. */
    void forEachPublished(Consumer<SearchDocument> sink);

    /** How many documents {@link #forEachPublished} will give, for progress reporting. */
    long countPublished();
}
