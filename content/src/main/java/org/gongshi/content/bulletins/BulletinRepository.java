package org.gongshi.content.bulletins;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongshi.content.Page;
import org.gongshi.content.PublishedContent;
import org.gongshi.content.Rendered;
import org.gongshi.content.SaveResult;
import org.gongshi.content.editorial.EditorialQueries;
import org.gongshi.content.editorial.EditorialWorkflow;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.ContentStore;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.RenderedHtml;

/**
 * Storage of {@link Bulletin}s, keyed by slug. Every change records a revision and an outbox row in the same
 * transaction.
 */
public final class BulletinRepository implements PublishedContent<Bulletin> {
    private final Database database;
    private final RenderedHtml<Bulletin> rendered;
    private final ContentStore<Bulletin> store;
    private final EditorialWorkflow<Bulletin> workflow;
    private final EditorialQueries<Bulletin> editorialQueries;

    public BulletinRepository(Database database, Outbox outbox) {
        this(database, outbox, Clock.systemUTC());
    }

    public BulletinRepository(Database database, Outbox outbox, Clock clock) {
        this(database, outbox, clock, new MarkdownRenderer());
    }

    /** {@code markdown}: the site's one pipeline, which renders the HTML kept beside each item's Markdown. */
    public BulletinRepository(Database database, Outbox outbox, Clock clock, MarkdownRenderer markdown) {
        BulletinTable table = new BulletinTable();
        this.store = new ContentStore<>(database, table);
        this.rendered = new RenderedHtml<>(table, markdown);
        this.database = database;
        this.workflow = new EditorialWorkflow<>(database, outbox, clock, table, markdown);
        this.editorialQueries = new EditorialQueries<>(database, table);
    }

    /**
     * Creates or updates by slug in the status the item carries, bypassing review: the importers' way in. Records a
     * revision by {@value EditorialWorkflow#IMPORT_AUTHOR} and an outbox row; identical content in the same status
     * writes nothing. Timestamps in the argument are ignored and set by storage.
     */
    public SaveResult save(Bulletin item) {
        return workflow.importItem(item, EditorialWorkflow.IMPORT_AUTHOR);
    }

    /** Every change staff make: drafts, review, scheduling, publishing, archiving, restoring a revision. */
    public EditorialWorkflow<Bulletin> workflow() {
        return workflow;
    }

    /** The back office's reads: items in any status, their revisions and the differences between them. */
    public EditorialQueries<Bulletin> editorialQueries() {
        return editorialQueries;
    }

    public Optional<Bulletin> find(String slug) {
        return store.find(slug);
    }

    /** The item if it is published; drafts are invisible to the public. */
    @Override
    public Optional<Bulletin> findPublished(String slug) {
        return store.findPublished(slug);
    }

    @Override
    public Optional<Rendered<Bulletin>> findRendered(String slug) {
        return store.findRendered(slug);
    }

    /** {@code item} with its Markdown rendered now, as writing it would: a reviewer reading a text not yet public. */
    public Rendered<Bulletin> render(Bulletin item) {
        return rendered.render(item);
    }

    /** Renders again the items an older Markdown pipeline rendered; answers how many (see {@link RenderedHtml}). */
    public int refreshRendered() {
        return rendered.refreshStale(database);
    }

    /** Published items, newest first, without their texts (a list shows none); {@code page} counts from 1. */
    @Override
    public Page<Bulletin> listPublished(int page, int size) {
        return store.listPublished(page, size);
    }

    @Override
    public void forEachPublished(Consumer<Bulletin> sink) {
        store.forEachPublished(sink);
    }

    @Override
    public long countPublished() {
        return store.countPublished();
    }
}
