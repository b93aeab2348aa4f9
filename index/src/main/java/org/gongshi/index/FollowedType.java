package org.gongshi.index;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;

/**
 * One outbox type an {@link OutboxFollower} keeps in its index: where the current documents come from and how each
 * becomes a Lucene document. Outbox rows of types no followed type claims belong to another index and are skipped.
 */
public interface FollowedType {
    /** The type named in outbox rows, e.g. {@code policy} or {@code listing}. */
    String type();

    /** The term identifying the document recorded in the outbox as {@code key}: its upsert and delete key. */
    Term idTerm(String key);

    /** The document for {@code key} as it must be indexed now, or empty when it must leave the index. */
    Optional<Document> find(String key);

    /**
     * Every document of this type whose key sorts from {@code firstKey} to {@code lastKey}, as it must be indexed now:
     * each key with its document, or with empty when it must leave the index. For outbox rows that name a range
     * ({@code OutboxEntry.isRange()}); a type whose content never records one need not implement it.
     */
    default void findBetween(String firstKey, String lastKey, BiConsumer<String, Optional<Document>> sink) {
        throw new UnsupportedOperationException("outbox type " + type() + " does not record ranges");
    }

    /** Every document of this type, for a rebuild; each must carry the term {@link #idTerm} gives for it. */
    void forEachPublished(Consumer<Document> sink);

    /** How many documents {@link #forEachPublished} will give, for progress reporting. */
    long countPublished();
}
