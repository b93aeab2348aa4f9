package org.gongshi.content.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.SaveResult;
import org.gongshi.content.Status;
import org.gongshi.content.store.ContentRows;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.Timestamps;

/** The transactions behind {@link EditorialWorkflow}: read the item, check the rule, write it with its revision. */
final class ItemChanges<T> {
    private final Database database;
    private final Clock clock;
    private final ContentRows<T> rows;
    private final ItemRows<T> items;
    private final RevisionRows revisions;
    private final ItemWrites<T> writes;

    ItemChanges(Database database, Clock clock, ContentRows<T> rows, ItemWrites<T> writes) {
        this.database = database;
        this.clock = clock;
        this.rows = rows;
        this.items = new ItemRows<>(rows);
        this.revisions = new RevisionRows(rows.table().outboxType());
        this.writes = writes;
    }

    /**
     * Saves {@code item}'s content in {@code status}. Unchanged content writes nothing, unless {@code statusCounts}
     * and the status differs. A new item's first revision is {@link EditorialAction#CREATE} when staff made it.
     */
    Saved<T> save(T item, Status status, EditorialAction action, String author, String note, boolean statusCounts) {
        String slug = rows.table().slug(item);
        return database.inTransaction(connection -> {
            Optional<EditorialItem<T>> current = items.find(connection, slug);
            if (current.isPresent() && rows.sameContent(current.get().item(), item)
                    && (!statusCounts || current.get().status() == status)) {
                return new Saved<>(SaveResult.UNCHANGED, current.get());
            }
            EditorialAction made =
                    current.isEmpty() && action == EditorialAction.EDIT ? EditorialAction.CREATE : action;
            Instant publishAt = status.isPublic() ? current.map(EditorialItem::publishAt).orElse(null) : null;
            EditorialItem<T> saved = writes.write(connection, current, item, new Placement(status, publishAt),
                    new Change(made, author, note, now()));
            return new Saved<>(current.isEmpty() ? SaveResult.CREATED : SaveResult.UPDATED, saved);
        });
    }

    /** Writes {@code item} as a new draft, or nothing when its slug is taken; checked and written in one commit. */
    Optional<EditorialItem<T>> create(T item, String author, String note) {
        String slug = rows.table().slug(item);
        return database.inTransaction(connection -> {
            if (items.find(connection, slug).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(writes.write(connection, Optional.empty(), item, new Placement(Status.DRAFT, null),
                    new Change(EditorialAction.CREATE, author, note, now())));
        });
    }

    /** Moves an existing item as {@code rule} says, if its status allows {@code action}. */
    EditorialItem<T> transition(String slug, EditorialAction action, String author, String note,
            Placement.Rule<T> rule) {
        return database.inTransaction(connection -> {
            EditorialItem<T> current = items.find(connection, slug).orElseThrow(() -> notFound(slug));
            if (!Transitions.allowed(action, current.status())) {
                throw new IllegalTransitionException(slug, current.title(), current.status(), action);
            }
            Instant now = now();
            return writes.write(connection, Optional.of(current), current.item(), rule.place(current, now),
                    new Change(action, author, note, now));
        });
    }

    /** Publishes the item if it is still scheduled for {@code now} or earlier: staff may have changed it since. */
    Optional<EditorialItem<T>> publishIfDue(String slug, Instant now) {
        return database.inTransaction(connection -> {
            Optional<EditorialItem<T>> current = items.find(connection, slug)
                    .filter(item -> item.status() == Status.SCHEDULED && !item.publishAt().isAfter(now));
            if (current.isEmpty()) {
                return Optional.empty();
            }
            EditorialItem<T> item = current.get();
            return Optional.of(writes.write(connection, current, item.item(),
                    new Placement(Status.PUBLISHED, item.publishAt()), new Change(EditorialAction.PUBLISH_SCHEDULED,
                            EditorialWorkflow.SCHEDULER_AUTHOR, null, now())));
        });
    }

    List<String> due(Instant now) {
        return database.read(connection -> items.due(connection, now));
    }

    /** The content revision {@code number} recorded. */
    T revisionContent(String slug, int number) {
        return database.read(connection -> revisions.find(connection, slug, number))
                .map(revision -> rows.item(revision.snapshot()))
                .orElseThrow(() -> new ContentNotFoundException(rows.table().outboxType(), slug, number));
    }

    Instant now() {
        return Timestamps.truncate(clock.instant());
    }

    private ContentNotFoundException notFound(String slug) {
        return new ContentNotFoundException(rows.table().outboxType(), slug);
    }
}
