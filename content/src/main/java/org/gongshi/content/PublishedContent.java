package org.gongshi.content;

import java.util.Optional;
import java.util.function.Consumer;

/** What the public side reads of one kind of content: only published items, never drafts. */
public interface PublishedContent<T> {
    /** The item if it is published. */
    Optional<T> findPublished(String slug);

    /** The item if it is published, with the HTML of its Markdown fields as stored when it was written. */
    Optional<Rendered<T>> findRendered(String slug);

    /** Published items, newest first, for a list: their Markdown texts are left unread (null); {@code page} from 1. */
    Page<T> listPublished(int page, int size);

    void forEachPublished(Consumer<T> sink);

    long countPublished();
}
