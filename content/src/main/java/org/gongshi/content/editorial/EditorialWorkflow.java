package org.gongshi.content.editorial;

import static java.util.Objects.requireNonNull;
import static org.gongshi.content.editorial.Change.required;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.SaveResult;
import org.gongshi.content.Status;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.ContentRows;
import org.gongshi.content.store.ContentStore;
import org.gongshi.content.store.ContentTable;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.RenderedHtml;
import org.gongshi.content.store.Timestamps;

/**
 * Every change to one kind of content: draft → in review → scheduled or published → archived. Each change is one
 * transaction writing the item, a new revision (the whole row, with author, action and note) and an outbox row, so
 * the public site and the index follow at once. {@code author} is the acting staff account's name.
 *
 * <p>Editing is a re-review: saving changed content, or restoring an old revision, makes any item a draft again. That
 * takes a published item off the public site until it is approved again, so the public never sees unreviewed text.
 * Saving unchanged content changes nothing. An action the item's status does not allow throws
 * {@link IllegalTransitionException}; an unknown slug or revision throws {@link ContentNotFoundException}.
 */
public final class EditorialWorkflow<T> {
    /** The author of revisions written by importers, and of the first revision of content older than revisions. */
    public static final String IMPORT_AUTHOR = "import";
    /** The author of revisions that publish scheduled items. */
    public static final String SCHEDULER_AUTHOR = "scheduler";

    private final ContentTable<T> table;
    private final ItemChanges<T> changes;

    /** {@code markdown} renders the item's Markdown fields as it is written, for {@link ContentStore#findRendered}. */
    public EditorialWorkflow(Database database, Outbox outbox, Clock clock, ContentTable<T> table,
            MarkdownRenderer markdown) {
        this.table = requireNonNull(table, "table");
        ContentRows<T> rows = new ContentRows<>(table);
        ItemWrites<T> writes = new ItemWrites<>(rows, new RenderedHtml<>(table, markdown),
                new RevisionRows(table.outboxType()), requireNonNull(outbox, "outbox"));
        this.changes = new ItemChanges<>(requireNonNull(database, "database"), requireNonNull(clock, "clock"), rows,
                writes);
    }

    /** Creates a draft, or saves new content of an item in any status as a draft; {@code item}'s status is ignored. */
    public Saved<T> saveDraft(T item, String author, String note) {
        requireNonNull(item, "item");
        return changes.save(item, Status.DRAFT, EditorialAction.EDIT, required(author, "操作人"), note, false);
    }

    /**
     * Creates a draft under {@code item}'s slug, or answers empty and writes nothing when an item already has it, so
     * two members creating under one slug at once never overwrite each other; {@code item}'s status is ignored.
     */
    public Optional<EditorialItem<T>> createDraft(T item, String author, String note) {
        requireNonNull(item, "item");
        return changes.create(item, required(author, "操作人"), note);
    }

    public EditorialItem<T> submitForReview(String slug, String author) {
        return transition(slug, EditorialAction.SUBMIT, author, null,
                (current, now) -> new Placement(Status.IN_REVIEW, null));
    }

    /** Sends an item in review, scheduled, published or archived back to draft, e.g. a reviewer asking for changes. */
    public EditorialItem<T> returnToDraft(String slug, String author, String reason) {
        return transition(slug, EditorialAction.RETURN, author, required(reason, "退回理由"),
                (current, now) -> new Placement(Status.DRAFT, null));
    }

    /** Approves an item in review, or reschedules a scheduled one: scheduled if {@code publishAt} is later than now. */
    public EditorialItem<T> approve(String slug, String author, Optional<Instant> publishAt) {
        requireNonNull(publishAt, "publishAt");
        return transition(slug, EditorialAction.APPROVE, author, null, (current, now) -> publishAt
                .map(Timestamps::truncate)
                .filter(time -> time.isAfter(now))
                .map(time -> new Placement(Status.SCHEDULED, time))
                .orElse(new Placement(Status.PUBLISHED, now)));
    }

    /** Publishes an item in review, or a scheduled one without waiting for its time. */
    public EditorialItem<T> publishNow(String slug, String author) {
        return transition(slug, EditorialAction.PUBLISH, author, null,
                (current, now) -> new Placement(Status.PUBLISHED, now));
    }

    /** Takes a published item off the public site and out of the index; {@code reason} may be null. */
    public EditorialItem<T> archive(String slug, String author, String reason) {
        return transition(slug, EditorialAction.ARCHIVE, author, reason,
                (current, now) -> new Placement(Status.ARCHIVED, current.publishAt()));
    }

    /** A new revision, as a draft, with the content of revision {@code number}; nothing if the item has it already. */
    public Saved<T> restore(String slug, int number, String author) {
        requireNonNull(slug, "slug");
        String who = required(author, "操作人");
        return changes.save(changes.revisionContent(slug, number), Status.DRAFT, EditorialAction.RESTORE, who,
                "恢复第 " + number + " 版", false);
    }

    /** Publishes every scheduled item due at {@code now}, each in its own transaction, soonest first; answers them. */
    public List<EditorialItem<T>> publishDue(Instant now) {
        requireNonNull(now, "now");
        List<EditorialItem<T>> published = new ArrayList<>();
        for (String slug : changes.due(now)) {
            changes.publishIfDue(slug, now).ifPresent(published::add);
        }
        return published;
    }

    /** Writes {@code item} in the status it carries, bypassing review: the importers' way in. */
    public SaveResult importItem(T item, String author) {
        requireNonNull(item, "item");
        Status status = requireNonNull(table.status(item), "status");
        return changes.save(item, status, EditorialAction.IMPORT, required(author, "操作人"), null, true).result();
    }

    private EditorialItem<T> transition(String slug, EditorialAction action, String author, String note,
            Placement.Rule<T> rule) {
        requireNonNull(slug, "slug");
        return changes.transition(slug, action, required(author, "操作人"), note, rule);
    }
}
