package org.gongshi.content.listings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongshi.content.store.Timestamps;

/**
 * Reads a listing's history entries back, oldest first: version 1 of an imported listing from the batch's
 * {@code listing_creation} row it names (see {@link Creations}), every other version from {@code listing_history}.
 */
final class HistoryRows {
    private static final String CREATION = "SELECT 1 AS version, creation.created_at AS changed_at, creation.actor, "
            + "'" + HistoryAction.CREATED.name() + "' AS action, NULL AS from_status, creation.to_status, "
            + "NULL AS ground, creation.reason, NULL AS changed_fields FROM listing "
            + "JOIN listing_creation creation ON creation.id = listing.created_in WHERE listing.id = ?";

    private HistoryRows() {}

    static List<HistoryEntry> of(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(CREATION + " UNION ALL SELECT version, changed_at, "
                + "actor, action, from_status, to_status, ground, reason, changed_fields FROM listing_history "
                + "WHERE listing_id = ? ORDER BY version")) {
            query.setString(1, id);
            query.setString(2, id);
            List<HistoryEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String from = rows.getString("from_status");
                    String ground = rows.getString("ground");
                    String fields = rows.getString("changed_fields");
                    entries.add(new HistoryEntry(id, rows.getInt("version"),
                            Timestamps.parse(rows.getString("changed_at")), rows.getString("actor"),
                            HistoryAction.valueOf(rows.getString("action")),
                            from == null ? null : ListingStatus.valueOf(from),
                            ListingStatus.valueOf(rows.getString("to_status")),
                            ground == null ? null : DeletionGround.valueOf(ground), rows.getString("reason"),
                            fields == null ? List.of() : Arrays.asList(fields.split(","))));
                }
            }
            return entries;
        }
    }
}
