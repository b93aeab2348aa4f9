package org.gongshi.content.listings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.Timestamps;

/**
 * Every change of a listing after import: correction, revocation (Art. 9), deletion (Art. 10), restoration, expiry
 * and extension. Each is one transaction writing the new status, a history entry and an outbox row. Throws
 * {@link ListingNotFoundException} for an unknown id and {@link IllegalTransitionException} when the current status
 * does not allow the change.
 */
public final class ListingLifecycle {
    private static final int EXPIRY_CHUNK = 1_000;
    private final Database database;
    private final Outbox outbox;
    private final Clock clock;
    private final ChangeHook hook;

    public ListingLifecycle(Database database, Outbox outbox, Clock clock) {
        this(database, outbox, clock, ChangeHook.NONE);
    }

    private ListingLifecycle(Database database, Outbox outbox, Clock clock, ChangeHook hook) {
        this.database = Objects.requireNonNull(database, "database");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    /**
     * The same lifecycle, running {@code hook} in the transaction of each single change it makes (correct, revoke,
     * delete, restore, extend; not the daily expiry), so e.g. the change and its audit entry commit together.
     */
    public ListingLifecycle withHook(ChangeHook hook) {
        return new ListingLifecycle(database, outbox, clock, hook);
    }

    /** Whether a listing in status {@code from} may undergo {@code action}, e.g. to offer only the forms that apply. */
    public static boolean allows(HistoryAction action, ListingStatus from) {
        return Transitions.allowed(Objects.requireNonNull(action, "action"), Objects.requireNonNull(from, "from"));
    }

    /**
     * Replaces the listing's content with {@code corrected}'s; its id, status, expiry and batch are ignored. A
     * correction of the circumstances or the decision date sets Art. 2's term anew.
     */
    public Listing correct(String id, Listing corrected, String actor, String reason) {
        List<Object> values = ListingField.valuesOf(corrected);
        return change(id, HistoryAction.CORRECTED, actor, required(reason, "更正理由"), correction(corrected, values));
    }

    private static Proposal correction(Listing corrected, List<Object> values) {
        return (current, status, now) -> {
            Listing before = current.listing();
            return new Change(new Listing(before.id(), corrected.debtor(), corrected.enforcement(),
                    corrected.publishedOn(), corrected.rectification(), corrected.decidedOn(),
                    ListingTerm.afterChange(before, corrected, null), status, before.sourceBatch(),
                    before.createdAt(), now), null, values);
        };
    }

    public Listing revoke(String id, String actor, String reason) {
        return change(id, HistoryAction.REVOKED, actor, required(reason, "撤销理由"), Change::ofStatus);
    }

    /** Deletes on an Art. 10 ground, which is the whole reason. */
    public Listing delete(String id, DeletionGround ground, String actor) {
        return deleteOn(id, ground, actor, null);
    }

    /** Deletes on an Art. 10 ground with a note, e.g. which payment or ruling it rests on. */
    public Listing delete(String id, DeletionGround ground, String actor, String reason) {
        return deleteOn(id, ground, actor, required(reason, "删除说明"));
    }

    private Listing deleteOn(String id, DeletionGround ground, String actor, String reason) {
        Objects.requireNonNull(ground, "ground");
        return change(id, HistoryAction.DELETED, actor, reason,
                (current, status, now) -> Change.ofStatus(current, status, now).withGround(ground));
    }

    public Listing restore(String id, String actor, String reason) {
        return change(id, HistoryAction.RESTORED, actor, required(reason, "恢复理由"), Change::ofStatus);
    }

    /** Moves the term's end to {@code newExpiry}, which must be later than the current one. */
    public Listing extend(String id, LocalDate newExpiry, String actor, String reason) {
        Objects.requireNonNull(newExpiry, "newExpiry");
        return change(id, HistoryAction.EXTENDED, actor, required(reason, "延长理由"), (current, status, now) -> {
            LocalDate expiresOn = current.listing().expiresOn();
            if (expiresOn == null) {
                throw new IllegalTransitionException(id, current.status(), HistoryAction.EXTENDED,
                        "该条目没有固定期限（履行完毕等法定情形出现后删除），无需延长");
            }
            if (!newExpiry.isAfter(expiresOn)) {
                throw new IllegalTransitionException(id, current.status(), HistoryAction.EXTENDED,
                        "新的到期日 " + newExpiry + " 须晚于当前到期日 " + expiresOn);
            }
            return Change.ofStatus(current, status, now).withExpiry(newExpiry);
        });
    }

    /** Expires every public listing whose term ended before {@code today}; returns how many. */
    public int expireDue(LocalDate today, String actor) {
        Objects.requireNonNull(today, "today");
        String who = required(actor, "操作人");
        int expired = 0;
        String after = "";
        List<String> chunk;
        // One pass over the table in id order, a chunk per transaction: after a long stop a million listings may be
        // due, and neither memory nor the write lock may be held for all of them at once.
        do {
            String from = after;
            chunk = database.inTransaction(connection -> expireChunk(connection, today, who, from));
            expired += chunk.size();
            after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1);
        } while (chunk.size() == EXPIRY_CHUNK);
        return expired;
    }

    /** Expires up to {@link #EXPIRY_CHUNK} due listings with ids after {@code after}; answers their ids in order. */
    private List<String> expireChunk(Connection connection, LocalDate today, String who, String after)
            throws SQLException {
        List<StoredListing> due = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(ListingRows.SELECT + " WHERE id > ? AND"
                + ListingRows.PUBLIC + " AND expires_on < ? ORDER BY id LIMIT " + EXPIRY_CHUNK)) {
            query.setString(1, after);
            query.setString(2, today.toString());
            ListingRows.readAll(query, due::add);
        }
        Instant now = Timestamps.truncate(clock.instant());
        try (ListingWriter writer = new ListingWriter(connection, outbox)) {
            for (StoredListing listing : due) {
                apply(writer, listing, HistoryAction.EXPIRED, who, "期限届满：" + listing.listing().expiresOn(),
                        now, Change::ofStatus);
            }
            writer.flush();
        }
        return due.stream().map(StoredListing::id).toList();
    }

    /**
     * The same changes, made inside the caller's write transaction instead of one of their own, so they commit or
     * roll back with it: e.g. an objection's decision and the correction it orders are one unit of work.
     */
    public ListingChanges within(Connection transaction) {
        return new ListingChanges(this, Objects.requireNonNull(transaction, "transaction"));
    }

    Listing correct(Connection connection, String id, Listing corrected, String actor, String reason)
            throws SQLException {
        List<Object> values = ListingField.valuesOf(corrected);
        return changeOn(connection, id, HistoryAction.CORRECTED, actor, required(reason, "更正理由"),
                correction(corrected, values));
    }

    Listing revoke(Connection connection, String id, String actor, String reason) throws SQLException {
        return changeOn(connection, id, HistoryAction.REVOKED, actor, required(reason, "撤销理由"), Change::ofStatus);
    }

    Listing delete(Connection connection, String id, DeletionGround ground, String actor, String reason)
            throws SQLException {
        Objects.requireNonNull(ground, "ground");
        return changeOn(connection, id, HistoryAction.DELETED, actor, reason,
                (current, status, now) -> Change.ofStatus(current, status, now).withGround(ground));
    }

    private Listing change(String id, HistoryAction action, String actor, String reason, Proposal proposal) {
        return database.inTransaction(connection -> changeOn(connection, id, action, actor, reason, proposal));
    }

    private Listing changeOn(Connection connection, String id, HistoryAction action, String actor, String reason,
            Proposal proposal) throws SQLException {
        Objects.requireNonNull(id, "id");
        String who = required(actor, "操作人");
        StoredListing current = find(connection, id);
        Instant now = Timestamps.truncate(clock.instant());
        try (ListingWriter writer = new ListingWriter(connection, outbox)) {
            Applied applied = apply(writer, current, action, who, reason, now, proposal);
            writer.flush();
            hook.changed(connection, applied.entry());
            return applied.listing();
        }
    }

    /** Queues the change and its history entry on the writer, to be written by its {@link ListingWriter#flush}. */
    private static Applied apply(ListingWriter writer, StoredListing current, HistoryAction action, String actor,
            String reason, Instant now, Proposal proposal) throws SQLException {
        if (!Transitions.allowed(action, current.status())) {
            throw new IllegalTransitionException(current.id(), current.status(), action, null);
        }
        Change change = proposal.propose(current, Transitions.target(action, current.status()), now);
        List<Object> before = ListingField.valuesOf(current.listing());
        List<Object> after = change.values() == null ? before : change.values();
        StoredListing next = new StoredListing(change.listing(), current.version() + 1, change.ground());
        writer.update(next, after);
        List<String> changed = new ArrayList<>(ListingField.changed(before, after));
        if (!Objects.equals(next.listing().expiresOn(), current.listing().expiresOn())) {
            changed.add("expires_on");
        }
        HistoryEntry entry = new HistoryEntry(current.id(), next.version(), now, actor, action, current.status(),
                next.status(), change.ground(), reason, changed);
        writer.history(entry);
        return new Applied(next.listing(), entry);
    }

    private static StoredListing find(Connection connection, String id) throws SQLException {
        return ListingRows.findById(connection, id).orElseThrow(() -> new ListingNotFoundException(id));
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + "不能为空");
        }
        return text;
    }

    /** A listing after a change, and the history entry that records it. */
    private record Applied(Listing listing, HistoryEntry entry) {}

    /** The new state of a listing given the current one, the status the transition leads to and the time. */
    @FunctionalInterface
    private interface Proposal {
        Change propose(StoredListing current, ListingStatus status, Instant now);
    }

    /** A listing's next state; {@code values} is null when its content stays as it is. */
    private record Change(Listing listing, DeletionGround ground, List<Object> values) {
        static Change ofStatus(StoredListing current, ListingStatus status, Instant now) {
            Listing before = current.listing();
            return new Change(new Listing(before.id(), before.debtor(), before.enforcement(), before.publishedOn(),
                    before.rectification(), before.decidedOn(), before.expiresOn(), status, before.sourceBatch(),
                    before.createdAt(), now), null, null);
        }

        Change withGround(DeletionGround deletionGround) {
            return new Change(listing, deletionGround, values);
        }

        Change withExpiry(LocalDate expiresOn) {
            Listing changed = new Listing(listing.id(), listing.debtor(), listing.enforcement(),
                    listing.publishedOn(), listing.rectification(), listing.decidedOn(), expiresOn,
                    listing.status(), listing.sourceBatch(), listing.createdAt(), listing.updatedAt());
            return new Change(changed, ground, values);
        }
    }
}
