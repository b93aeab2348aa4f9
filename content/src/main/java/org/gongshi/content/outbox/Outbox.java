package org.gongshi.content.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongshi.content.store.Database;

/**
 * The transactional outbox: every content change records a row in the same transaction as the change itself, so the
 * search index (and later other nodes) can replay changes in order and never miss one.
 */
public final class Outbox {
    private final Database database;

    public Outbox(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Records a change inside the caller's open write transaction. */
    public void record(Connection transaction, String type, String id) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO outbox (doc_type, doc_id) VALUES (?, ?)")) {
            insert.setString(1, Objects.requireNonNull(type, "type"));
            insert.setString(2, Objects.requireNonNull(id, "id"));
            insert.executeUpdate();
        }
    }

    /** Records one change per id, in order, inside the caller's open write transaction; for batch imports. */
    public void recordAll(Connection transaction, String type, List<String> ids) throws SQLException {
        Objects.requireNonNull(type, "type");
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO outbox (doc_type, doc_id) VALUES (?, ?)")) {
            for (String id : ids) {
                insert.setString(1, type);
                insert.setString(2, Objects.requireNonNull(id, "id"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Records, inside the caller's open write transaction, that every document of {@code type} whose id sorts from
     * {@code firstId} to {@code lastId} (inclusive) may have changed: one row for a batch of new documents whose ids
     * sort together. A follower then reads that range again; documents in it that did not change are read for nothing.
     */
    public void recordRange(Connection transaction, String type, String firstId, String lastId) throws SQLException {
        if (Objects.requireNonNull(firstId, "firstId").compareTo(Objects.requireNonNull(lastId, "lastId")) > 0) {
            throw new IllegalArgumentException("empty range: " + firstId + " sorts after " + lastId);
        }
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO outbox (doc_type, doc_id, last_doc_id) VALUES (?, ?, ?)")) {
            insert.setString(1, Objects.requireNonNull(type, "type"));
            insert.setString(2, firstId);
            insert.setString(3, lastId);
            insert.executeUpdate();
        }
    }

    /** Up to {@code limit} changes after {@code sequence}, oldest first. */
    public List<OutboxEntry> after(long sequence, int limit) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT seq, doc_type, doc_id, last_doc_id FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?")) {
                query.setLong(1, sequence);
                query.setInt(2, limit);
                List<OutboxEntry> entries = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new OutboxEntry(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4)));
                    }
                }
                return entries;
            }
        });
    }

    /** The newest sequence recorded, or 0 when nothing was ever recorded. */
    public long lastSequence() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM outbox");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
