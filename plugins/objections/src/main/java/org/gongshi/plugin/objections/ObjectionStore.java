package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.plugin.PluginDatabase;

/** The reads of the plugin's pages: one request with its files and steps, the queue, counts for the dashboard. */
final class ObjectionStore {
    private static final int QUEUE_LIMIT = 500;
    private static final String REVIEWING = "('ACCEPTED', 'UNDER_REVIEW', 'RECONSIDERING')";
    private static final String STAFF_STATES = "('SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'UPHELD', 'RECONSIDERING')";

    private final PluginDatabase database;

    ObjectionStore(PluginDatabase database) {
        this.database = requireNonNull(database, "database");
    }

    Optional<Objection> find(String trackingNumber) {
        return database.read(connection -> ObjectionRows.find(connection, trackingNumber));
    }

    /** The stored hash of the request's query code, if there is such a request. */
    Optional<String> codeHash(String trackingNumber) {
        return database.read(connection -> ObjectionRows.codeHash(connection, trackingNumber));
    }

    List<Evidence> evidence(String trackingNumber) {
        return database.read(connection -> HistoryRows.evidence(connection, trackingNumber));
    }

    List<Event> events(String trackingNumber) {
        return database.read(connection -> HistoryRows.events(connection, trackingNumber));
    }

    /** Requests in {@code state} (null: any state staff owe a step in), of {@code court} (null: every court). */
    List<Objection> queue(State state, String court) {
        StringBuilder sql = new StringBuilder(ObjectionRows.SELECT).append(" WHERE ");
        List<Object> parameters = new ArrayList<>();
        if (state == null) {
            sql.append("state IN ").append(STAFF_STATES);
        } else {
            sql.append("state = ?");
            parameters.add(state.name());
        }
        if (court != null) {
            sql.append(" AND court = ?");
            parameters.add(court);
        }
        sql.append(" ORDER BY due_on IS NULL, due_on, submitted_at LIMIT ").append(QUEUE_LIMIT);
        return database.read(connection -> ObjectionRows.query(connection, sql.toString(), parameters.toArray()));
    }

    /** The courts requests were routed to, for the queue's filter. */
    List<String> courts() {
        return database.read(connection -> {
            List<String> courts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT court FROM objections_objection ORDER BY court");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    courts.add(rows.getString(1));
                }
            }
            return courts;
        });
    }

    long count(State state) {
        return count("SELECT COUNT(*) FROM objections_objection WHERE state = ?", state.name());
    }

    /** Requests whose current step's last day is before {@code today}. */
    long overdue(LocalDate today) {
        return count("SELECT COUNT(*) FROM objections_objection WHERE state IN " + STAFF_STATES + " AND due_on < ?",
                today.toString());
    }

    List<Objection> overdueList(LocalDate today) {
        return database.read(connection -> ObjectionRows.query(connection, ObjectionRows.SELECT + " WHERE state IN "
                + STAFF_STATES + " AND due_on < ? ORDER BY due_on LIMIT " + QUEUE_LIMIT, today.toString()));
    }

    /** Whether an accepted request about this listing is being examined (for the neutral 复核中 note). */
    boolean underReview(String listingId) {
        return count("SELECT COUNT(*) FROM objections_objection WHERE listing_id = ? AND state IN " + REVIEWING,
                listingId) > 0;
    }

    private long count(String sql, String parameter) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, parameter);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
