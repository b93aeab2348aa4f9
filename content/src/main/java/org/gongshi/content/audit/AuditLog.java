package org.gongshi.content.audit;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.Page;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.Timestamps;

/**
 * The append-only audit log (the table refuses UPDATE and DELETE). Record in the same transaction as the change it
 * describes through {@link #record(Connection, AuditEvent)}, so there is never a change without its entry.
 */
public final class AuditLog {
    private final Database database;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.database = requireNonNull(database, "database");
        this.clock = requireNonNull(clock, "clock");
    }

    public void record(AuditEvent event) {
        database.inTransaction(connection -> {
            record(connection, event);
            return null;
        });
    }

    public void record(Connection connection, AuditEvent event) throws SQLException {
        requireNonNull(event, "event");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, actor, "
                + "action, object_type, object_id, client, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, Timestamps.format(Timestamps.truncate(clock.instant())));
            insert.setString(2, event.actor());
            insert.setString(3, event.action());
            insert.setString(4, event.objectType().orElse(null));
            insert.setString(5, event.objectId().orElse(null));
            insert.setString(6, event.client().orElse(null));
            insert.setString(7, event.detail().orElse(null));
            insert.executeUpdate();
        }
    }

    /** Matching entries, newest first; {@code page} counts from 1. */
    public Page<AuditEntry> list(AuditFilter filter, int page, int size) {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size count from 1, got page " + page + " size " + size);
        }
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        condition(conditions, values, "actor", filter.actor());
        condition(conditions, values, "action", filter.action());
        condition(conditions, values, "object_type", filter.objectType());
        condition(conditions, values, "object_id", filter.objectId());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return database.read(connection -> {
            long total;
            try (PreparedStatement count = bind(connection, "SELECT COUNT(*) FROM audit_entry" + where, values);
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement query = bind(connection, "SELECT id, occurred_at, actor, action, object_type, "
                    + "object_id, client, detail FROM audit_entry" + where + " ORDER BY id DESC LIMIT "
                    + size + " OFFSET " + (long) (page - 1) * size, values);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getLong(1), Timestamps.parse(rows.getString(2)),
                            new AuditEvent(rows.getString(3), rows.getString(4),
                                    Optional.ofNullable(rows.getString(5)), Optional.ofNullable(rows.getString(6)),
                                    Optional.ofNullable(rows.getString(7)), Optional.ofNullable(rows.getString(8)))));
                }
            }
            return new Page<>(entries, page, size, total);
        });
    }

    private static void condition(List<String> conditions, List<String> values, String column,
            Optional<String> value) {
        value.filter(text -> !text.isBlank()).ifPresent(text -> {
            conditions.add(column + " = ?");
            values.add(text);
        });
    }

    private static PreparedStatement bind(Connection connection, String sql, List<String> values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int index = 0; index < values.size(); index++) {
            statement.setString(index + 1, values.get(index));
        }
        return statement;
    }
}
