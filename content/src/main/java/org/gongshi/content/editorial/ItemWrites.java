package org.gongshi.content.editorial;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.gongshi.content.Status;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.ContentRows;
import org.gongshi.content.store.RenderedHtml;

/**
 * The one way an item is written, inside the caller's transaction: the row with the HTML of its Markdown, then a
 * revision holding the row as it now is, then an outbox row so the index follows (only PUBLISHED items are indexed; any
 * other status removes it).
 */
final class ItemWrites<T> {
    private static final String BASELINE_NOTE = "启用修订记录前的内容";

    private final ContentRows<T> rows;
    private final RenderedHtml<T> rendered;
    private final ItemRows<T> items;
    private final RevisionRows revisions;
    private final Outbox outbox;
    private final String type;

    ItemWrites(ContentRows<T> rows, RenderedHtml<T> rendered, RevisionRows revisions, Outbox outbox) {
        this.rows = rows;
        this.rendered = rendered;
        this.items = new ItemRows<>(rows);
        this.revisions = revisions;
        this.outbox = outbox;
        this.type = rows.table().outboxType();
    }

    /** Writes {@code item} (inserted when there is no {@code current}) and answers it as stored. */
    EditorialItem<T> write(Connection connection, Optional<EditorialItem<T>> current, T item, Placement placement,
            Change change) throws SQLException {
        Status status = placement.status();
        Instant publishAt = placement.publishAt();
        String slug = rows.table().slug(item);
        int number = 1;
        if (current.isPresent()) {
            number = baselined(connection, current.get()) + 1;
            rows.update(connection, item, status, publishAt, change.at());
        } else {
            rows.insert(connection, item, status, publishAt, change.at());
        }
        rendered.write(connection, item);
        revisions.insert(connection, new RevisionSummary(slug, number, change.at(), change.author(),
                change.action(), status, change.note()), items.snapshot(connection, slug));
        outbox.record(connection, type, slug);
        return items.find(connection, slug).orElseThrow(() -> new ContentNotFoundException(type, slug));
    }

    /**
     * The item's newest revision number. Rows written before revisions began have none: their current state becomes
     * revision 1 first, so the history starts with what was there and a restore can bring it back.
     */
    private int baselined(Connection connection, EditorialItem<T> current) throws SQLException {
        if (current.revision() > 0) {
            return current.revision();
        }
        revisions.insert(connection, new RevisionSummary(current.slug(), 1, current.updatedAt(),
                EditorialWorkflow.IMPORT_AUTHOR, EditorialAction.IMPORT, current.status(), BASELINE_NOTE),
                items.snapshot(connection, current.slug()));
        return 1;
    }
}
