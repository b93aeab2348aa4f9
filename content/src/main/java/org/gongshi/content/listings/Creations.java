package org.gongshi.content.listings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gongshi.content.store.Timestamps;

/**
 * History version 1 of the listings one import batch creates: one {@code listing_creation} row per status and reason
 * (in practice one per batch) instead of one {@code listing_history} row per listing, each new listing naming its row
 * in {@code created_in}. {@link HistoryRows} reads it back as the listing's CREATED entry.
 */
final class Creations {
    private record Kind(ListingStatus status, String reason) {}

    private final Connection connection;
    private final Instant at;
    private final Map<Kind, Long> ids = new HashMap<>();
    private long last = -1;

    Creations(Connection connection, Instant at) {
        this.connection = connection;
        this.at = at;
    }

    /** The creation a new listing with this status and reason names; written before the listings that name it. */
    long idFor(ListingStatus status, String reason) throws SQLException {
        Kind kind = new Kind(status, reason);
        Long id = ids.get(kind);
        if (id == null) {
            id = nextId();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO listing_creation "
                    + "(id, created_at, actor, to_status, reason) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, Timestamps.format(at));
                insert.setString(3, BatchUpsert.IMPORT_ACTOR);
                insert.setString(4, status.name());
                insert.setString(5, reason);
                insert.executeUpdate();
            }
            ids.put(kind, id);
        }
        return id;
    }

    /** Removes the creations no listing came to name, because every row of theirs was already stored. */
    void dropUnused(boolean[] created, long[] creationOf) throws SQLException {
        Set<Long> named = new HashSet<>();
        for (int index = 0; index < created.length; index++) {
            if (created[index]) {
                named.add(creationOf[index]);
            }
        }
        for (long id : ids.values()) {
            if (!named.contains(id)) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM listing_creation WHERE id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
        }
    }

    /** Writers take turns (one write transaction at a time), so the next number is simply one more than the last. */
    private long nextId() throws SQLException {
        if (last < 0) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COALESCE(MAX(id), 0) FROM listing_creation");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                last = rows.getLong(1);
            }
        }
        return ++last;
    }
}
