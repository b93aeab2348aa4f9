package org.gongshi.plugin.objections;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.plugin.FileType;

/** The SQL of an objection's evidence ({@code objections_evidence}) and steps ({@code objections_event}). */
final class HistoryRows {
    private HistoryRows() {}

    static void addEvidence(Connection connection, String trackingNumber, Evidence evidence) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO objections_evidence (tracking_number, "
                + "position, sha256, media_type, size_bytes, file_name, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, trackingNumber);
            insert.setInt(2, evidence.position());
            insert.setString(3, evidence.sha256());
            insert.setString(4, evidence.mediaType().mimeType());
            insert.setLong(5, evidence.sizeBytes());
            insert.setString(6, evidence.fileName());
            insert.setString(7, Timestamps.format(evidence.addedAt()));
            insert.executeUpdate();
        }
    }

    static List<Evidence> evidence(Connection connection, String trackingNumber) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT position, sha256, media_type, size_bytes, "
                + "file_name, added_at FROM objections_evidence WHERE tracking_number = ? ORDER BY position")) {
            query.setString(1, trackingNumber);
            List<Evidence> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Evidence(rows.getInt(1), rows.getString(2),
                            FileType.ofMimeType(rows.getString(3)).orElseThrow(), rows.getLong(4), rows.getString(5),
                            Timestamps.parse(rows.getString(6))));
                }
            }
            return found;
        }
    }

    static void addEvent(Connection connection, String trackingNumber, Event event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO objections_event (tracking_number, "
                + "sequence, occurred_at, actor, action, from_state, to_state, note, remedy) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, trackingNumber);
            insert.setInt(2, event.sequence());
            insert.setString(3, Timestamps.format(event.occurredAt()));
            insert.setString(4, event.actor());
            insert.setString(5, event.action().name());
            if (event.from() == null) {
                insert.setNull(6, Types.VARCHAR);
            } else {
                insert.setString(6, event.from().name());
            }
            insert.setString(7, event.to().name());
            insert.setString(8, event.note());
            insert.setString(9, event.remedy() == null ? null : event.remedy().name());
            insert.executeUpdate();
        }
    }

    static List<Event> events(Connection connection, String trackingNumber) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT sequence, occurred_at, actor, action, "
                + "from_state, to_state, note, remedy FROM objections_event WHERE tracking_number = ? "
                + "ORDER BY sequence")) {
            query.setString(1, trackingNumber);
            List<Event> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String from = rows.getString(5);
                    String remedy = rows.getString(8);
                    found.add(new Event(rows.getInt(1), Timestamps.parse(rows.getString(2)), rows.getString(3),
                            Action.valueOf(rows.getString(4)), remedy == null ? null : Remedy.valueOf(remedy),
                            from == null ? null : State.valueOf(from), State.valueOf(rows.getString(6)),
                            rows.getString(7)));
                }
            }
            return found;
        }
    }

    /** The next free number in {@code column} of {@code table} for this request. */
    static int next(Connection connection, String table, String column, String trackingNumber) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM "
                + table + " WHERE tracking_number = ?")) {
            query.setString(1, trackingNumber);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
