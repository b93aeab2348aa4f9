package org.gongshi.content.editorial;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.gongshi.content.Page;
import org.gongshi.content.Status;
import org.gongshi.content.store.ContentRows;
import org.gongshi.content.store.ContentTable;
import org.gongshi.content.store.Database;

/** What the back office reads of one kind of content: items in any status, their revisions, and what changed. */
public final class EditorialQueries<T> {
    private final Database database;
    private final ContentRows<T> rows;
    private final ItemRows<T> items;
    private final RevisionRows revisions;

    public EditorialQueries(Database database, ContentTable<T> table) {
        this.database = requireNonNull(database, "database");
        this.rows = new ContentRows<>(requireNonNull(table, "table"));
        this.items = new ItemRows<>(rows);
        this.revisions = new RevisionRows(table.outboxType());
    }

    /** The item in whatever status it is. */
    public Optional<EditorialItem<T>> find(String slug) {
        requireNonNull(slug, "slug");
        return database.read(connection -> items.find(connection, slug));
    }

    /**
     * Items in {@code status}: scheduled ones soonest first, the others last changed first; {@code page} counts
     * from 1.
     */
    public Page<EditorialItem<T>> list(Status status, int page, int size) {
        requireNonNull(status, "status");
        return page(status, page, size);
    }

    /** Items in any status, last changed first; {@code page} counts from 1. */
    public Page<EditorialItem<T>> listAll(int page, int size) {
        return page(null, page, size);
    }

    /** How many items are in {@code status}: one count over the status index, for dashboards and tabs. */
    public long count(Status status) {
        requireNonNull(status, "status");
        return database.read(connection -> items.count(connection, status));
    }

    /** The item's revisions, newest first; empty for an unknown slug. */
    public List<RevisionSummary> revisions(String slug) {
        requireNonNull(slug, "slug");
        return database.read(connection -> revisions.newestFirst(connection, slug));
    }

    public Optional<Revision<T>> revision(String slug, int number) {
        requireNonNull(slug, "slug");
        return database.read(connection -> revisions.find(connection, slug, number))
                .map(stored -> new Revision<>(stored.summary(), rows.item(stored.snapshot()),
                        Snapshot.of(stored.snapshot()).publishAt()));
    }

    /** What changed from revision {@code from} to revision {@code to}, field by field; long texts line by line. */
    public RevisionDiff diff(String slug, int from, int to) {
        requireNonNull(slug, "slug");
        return database.read(connection -> RevisionDiffer.diff(
                revisions.find(connection, slug, from).orElseThrow(() -> notFound(slug, from)),
                revisions.find(connection, slug, to).orElseThrow(() -> notFound(slug, to))));
    }

    private Page<EditorialItem<T>> page(Status status, int page, int size) {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size count from 1, got page " + page + " size " + size);
        }
        long offset = (long) (page - 1) * size;
        return database.read(connection -> new Page<>(
                items.page(connection, status, offset, size), page, size, items.count(connection, status)));
    }

    private ContentNotFoundException notFound(String slug, int number) {
        return new ContentNotFoundException(rows.table().outboxType(), slug, number);
    }
}
