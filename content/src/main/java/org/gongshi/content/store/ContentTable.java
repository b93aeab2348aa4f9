package org.gongshi.content.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.gongshi.content.Status;

/**
 * What storage and the editorial workflow need to know about one kind of content. Every content table has the
 * columns slug, title, status, publish_at, created_at and updated_at; {@link #columns()} lists the rest.
 */
public interface ContentTable<T> {
    String table();

    /** The document type recorded in the outbox and in content_revision, e.g. "case". */
    String outboxType();

    /** The column holding the item's own date; listings are newest first by it, falling back to created_at. */
    String dateColumn();

    List<Column<T>> columns();

    String slug(T item);

    String title(T item);

    Status status(T item);

    /** A copy of {@code item} with the timestamps storage owns. */
    T withTimestamps(T item, Instant createdAt, Instant updatedAt);

    T read(Row row) throws SQLException;

    /** The Markdown columns whose safe HTML is stored beside them; none unless the kind has any. */
    default List<RenderedField<T>> renderedFields() {
        return List.of();
    }
}
