package org.gongshi.content.listings;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.Timestamps;

/**
 * Once, by the first process that opens the database after migration V13: gives every listing the term Art. 2 gives
 * its circumstances ({@link ListingTerm}), and brings back to the public those the old rule — two years for every
 * listing — expired although they have no fixed term. Listings that staff, an objection or an Art. 10 ground removed
 * are not touched: only the daily expiry ever made a listing EXPIRED. Each one brought back gets a history entry
 * saying why; the audit log records the counts. One transaction: it is done entirely or not at all.
 */
public final class ListingTermRepair {
    static final String NAME = "listing-terms-art2";
    static final String ACTOR = "系统";
    static final String REASON = "纠正本站错误：依《最高人民法院关于公布失信被执行人名单信息的若干规定》第二条，"
            + "该条目的失信情形没有两年期限（第一条第一项，或情形无法识别），此前被误作到期";

    private final Database database;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public ListingTermRepair(Database database, Outbox outbox, AuditLog audit, Clock clock) {
        this.database = requireNonNull(database, "database");
        this.outbox = requireNonNull(outbox, "outbox");
        this.audit = requireNonNull(audit, "audit");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * What the repair did: listings looked at, those with no fixed term now, those whose circumstance is not
     * recognised, and those brought back to the public.
     */
    public record Counts(int listings, int untilRemoved, int unrecognised, int reinstated) {}

    /** Repairs unless done before; the counts, or empty when there was nothing to do. */
    public Optional<Counts> runOnce() {
        return database.inTransaction(connection -> {
            if (done(connection)) {
                return Optional.<Counts>empty();
            }
            Counts counts = repair(connection, Timestamps.truncate(clock.instant()));
            audit.record(connection, AuditEvent.of(ACTOR, "listing.terms.repaired").on("listing", NAME)
                    .saying(describe(counts)));
            try (PreparedStatement mark = connection.prepareStatement(
                    "INSERT INTO data_repair (name, done_at, detail) VALUES (?, ?, ?)")) {
                mark.setString(1, NAME);
                mark.setString(2, Timestamps.format(Timestamps.truncate(clock.instant())));
                mark.setString(3, describe(counts));
                mark.executeUpdate();
            }
            return Optional.of(counts);
        });
    }

    private static boolean done(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM data_repair WHERE name = ?")) {
            query.setString(1, NAME);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Grounds are read once per distinct wording: a million listings share a few dozen. */
    private Counts repair(Connection connection, Instant now) throws SQLException {
        int listings = 0;
        int untilRemoved = 0;
        int unrecognised = 0;
        int reinstated = 0;
        try (ListingWriter writer = new ListingWriter(connection, outbox)) {
            for (String conduct : distinctConducts(connection)) {
                ListingGrounds grounds = ListingGrounds.of(conduct);
                String match = conduct == null ? " WHERE conduct IS NULL" : " WHERE conduct = ?";
                int rows = update(connection, "UPDATE listing SET listing_grounds = ?" + match, conduct,
                        grounds.code());
                listings += rows;
                unrecognised += grounds.recognised() ? 0 : rows;
                if (!grounds.fixedTerm()) {
                    untilRemoved += update(connection, "UPDATE listing SET expires_on = NULL" + match
                            + " AND status <> 'EXPIRED'", conduct);
                    List<StoredListing> expired = new ArrayList<>();
                    try (PreparedStatement query = connection.prepareStatement(ListingRows.SELECT + match
                            + " AND status = 'EXPIRED'")) {
                        bindConduct(query, 1, conduct);
                        ListingRows.readAll(query, expired::add);
                    }
                    for (StoredListing row : expired) {
                        reinstate(writer, row, now);
                    }
                    untilRemoved += expired.size();
                    reinstated += expired.size();
                }
            }
            writer.flush();
        }
        return new Counts(listings, untilRemoved, unrecognised, reinstated);
    }

    /** Runs {@code sql} with {@code values} bound first, then the conduct its WHERE clause matches. */
    private static int update(Connection connection, String sql, String conduct, String... values)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int index = 0; index < values.length; index++) {
                update.setString(index + 1, values[index]);
            }
            bindConduct(update, values.length + 1, conduct);
            return update.executeUpdate();
        }
    }

    private static void reinstate(ListingWriter writer, StoredListing expired, Instant now) throws SQLException {
        Listing before = expired.listing();
        Listing after = new Listing(before.id(), before.debtor(), before.enforcement(), before.publishedOn(),
                before.rectification(), before.decidedOn(), null,
                Transitions.target(HistoryAction.REINSTATED, expired.status()), before.sourceBatch(),
                before.createdAt(), now);
        StoredListing row = new StoredListing(after, expired.version() + 1, expired.deletionGround());
        writer.update(row, ListingField.valuesOf(after));
        writer.history(new HistoryEntry(before.id(), row.version(), now, ACTOR, HistoryAction.REINSTATED,
                expired.status(), after.status(), null, REASON, List.of("expires_on")));
    }

    private static List<String> distinctConducts(Connection connection) throws SQLException {
        List<String> conducts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT conduct FROM listing");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                conducts.add(rows.getString(1));
            }
        }
        return conducts;
    }

    private static void bindConduct(PreparedStatement statement, int index, String conduct) throws SQLException {
        if (conduct != null) {
            statement.setString(index, conduct);
        }
    }

    private static String describe(Counts counts) {
        return "按《规定》第二条重新核定期限：共 " + counts.listings() + " 条；无固定期限（履行完毕等法定情形出现后删除）"
                + counts.untilRemoved() + " 条；失信情形无法识别、待工作人员核对 " + counts.unrecognised()
                + " 条；此前按两年期限误作到期、现恢复公示 " + counts.reinstated() + " 条";
    }
}
