package org.gongshi.content.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongshi.content.Page;
import org.gongshi.content.PublishedContent;
import org.gongshi.content.SaveResult;
import org.gongshi.content.editorial.EditorialQueries;
import org.gongshi.content.editorial.EditorialWorkflow;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.ContentStore;
import org.gongshi.content.store.Database;

/**
 * Storage of {@link TypicalCase}s, keyed by slug. Every change records a revision and an outbox row in the same
 * transaction.
 */
public final class CaseRepository implements PublishedContent<TypicalCase> {
    private final ContentStore<TypicalCase> store;
    private final EditorialWorkflow<TypicalCase> workflow;
    private final EditorialQueries<TypicalCase> editorialQueries;

    public CaseRepository(Database database, Outbox outbox) {
        this(database, outbox, Clock.systemUTC());
    }

    public CaseRepository(Database database, Outbox outbox, Clock clock) {
        CaseTable table = new CaseTable();
        this.store = new ContentStore<>(database, table);
        this.workflow = new EditorialWorkflow<>(database, outbox, clock, table);
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

    /** Published items, newest first; {@code page} counts from 1. */
    @Override
    public Page<TypicalCase> listPublished(int page, int size) {
        return store.listPublished(page, size);
    }

    /** Up to {@code limit} published featured cases, newest first, for the home page. */
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
