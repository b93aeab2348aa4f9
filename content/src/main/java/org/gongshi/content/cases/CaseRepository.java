package org.gongshi.content.cases;

import java.time.Clock;
import java.util.List;
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
 * Storage of {@link TypicalCase}s, keyed by slug. Every change records a revision and an outbox row in the same
 * transaction.
 */
public final class CaseRepository implements PublishedContent<TypicalCase> {
    private final Database database;
    private final RenderedHtml<TypicalCase> rendered;
    private final ContentStore<TypicalCase> store;
    private final EditorialWorkflow<TypicalCase> workflow;
    private final EditorialQueries<TypicalCase> editorialQueries;

    public CaseRepository(Database database, Outbox outbox) {
        this(database, outbox, Clock.systemUTC());
    }

    public CaseRepository(Database database, Outbox outbox, Clock clock) {
        this(database, outbox, clock, new MarkdownRenderer());
    }

    /** {@code markdown}: the site's one pipeline, which renders the HTML kept beside each item's Markdown. */
    public CaseRepository(Database database, Outbox outbox, Clock clock, MarkdownRenderer markdown) {
        CaseTable table = new CaseTable();
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
    public SaveResult save(TypicalCase item) {
        return workflow.importItem(item, EditorialWorkflow.IMPORT_AUTHOR);
    }

    /** Every change staff make: drafts, review, scheduling, publishing, archiving, restoring a revision. */
    public EditorialWorkflow<TypicalCase> workflow() {
        return workflow;
    }

    /** The back office's reads: items in any status, their revisions and the differences between them. */
    public EditorialQueries<TypicalCase> editorialQueries() {
        return editorialQueries;
    }

    public Optional<TypicalCase> find(String slug) {
        return store.find(slug);
    }

    /** The item if it is published; drafts are invisible to the public. */
    @Override
    public Optional<TypicalCase> findPublished(String slug) {
        return store.findPublished(slug);
    }

    @Override
    public Optional<Rendered<TypicalCase>> findRendered(String slug) {
        return store.findRendered(slug);
    }

    /** {@code item} with its Markdown rendered now, as writing it would: a reviewer reading a text not yet public. */
    public Rendered<TypicalCase> render(TypicalCase item) {
        return rendered.render(item);
    }

    /** Renders again the items an older Markdown pipeline rendered; answers how many (see {@link RenderedHtml}). */
    public int refreshRendered() {
        return rendered.refreshStale(database);
    }

    /** Published items, newest first, without their texts (a list shows none); {@code page} counts from 1. */
    @Override
    public Page<TypicalCase> listPublished(int page, int size) {
        return store.listPublished(page, size);
    }

    /** Up to {@code limit} published featured cases, newest first, for the home page; without their texts. */
    public List<TypicalCase> featured(int limit) {
        return store.newestPublishedFlagged("featured", limit);
    }

    @Override
    public void forEachPublished(Consumer<TypicalCase> sink) {
        store.forEachPublished(sink);
    }

    @Override
    public long countPublished() {
        return store.countPublished();
    }
}
