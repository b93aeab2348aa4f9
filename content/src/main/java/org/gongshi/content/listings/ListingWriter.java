package org.gongshi.content.listings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Timestamps;

/**
 * Collects the writes of one transaction as JDBC batches and runs them in dependency order on {@link #flush()}:
 * new rows, changed rows, their history entries, then one outbox row per change.
 */
final class ListingWriter implements AutoCloseable {
    static final String OUTBOX_TYPE = "listing";

    private static final String STATE_COLUMNS =
            "version, status, expires_on, deletion_ground, source_batch, created_at, updated_at";
    private static final String FIELD_COLUMNS = Arrays.stream(ListingField.values()).map(ListingField::column)
            .collect(Collectors.joining(", "));
    private static final int STATE_COUNT = 7;

    private final Connection connection;
    private final Outbox outbox;
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement history;
    private final List<String> changedIds = new ArrayList<>();

    ListingWriter(Connection connection, Outbox outbox) throws SQLException {
        this.connection = connection;
        this.outbox = outbox;
        int columns = 1 + STATE_COUNT + ListingField.values().length;
        this.insert = connection.prepareStatement("INSERT INTO listing (id, " + STATE_COLUMNS + ", " + FIELD_COLUMNS
                + ") VALUES (?" + ", ?".repeat(columns - 1) + ")");
        this.update = connection.prepareStatement("UPDATE listing SET "
                + Arrays.stream((STATE_COLUMNS + ", " + FIELD_COLUMNS).split(", "))
                        .map(column -> column + " = ?").collect(Collectors.joining(", "))
                + " WHERE id = ?");
        this.history = connection.prepareStatement("INSERT INTO listing_history (listing_id, version, changed_at, "
                + "actor, action, from_status, to_status, ground, reason, changed_fields) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void insert(StoredListing row, List<Object> fieldValues) throws SQLException {
        insert.setString(1, row.id());
        bindRow(insert, 2, row, fieldValues);
        insert.addBatch();
        changedIds.add(row.id());
    }

    void update(StoredListing row, List<Object> fieldValues) throws SQLException {
        int next = bindRow(update, 1, row, fieldValues);
        update.setString(next, row.id());
        update.addBatch();
        changedIds.add(row.id());
    }

    void history(HistoryEntry entry) throws SQLException {
        history.setString(1, entry.listingId());
        history.setInt(2, entry.version());
        history.setString(3, Timestamps.format(entry.at()));
        history.setString(4, entry.actor());
        history.setString(5, entry.action().name());
        setText(history, 6, entry.fromStatus() == null ? null : entry.fromStatus().name());
        history.setString(7, entry.toStatus().name());
        setText(history, 8, entry.ground() == null ? null : entry.ground().name());
        setText(history, 9, entry.reason());
        setText(history, 10, entry.changedFields().isEmpty() ? null : String.join(",", entry.changedFields()));
        history.addBatch();
    }

    void flush() throws SQLException {
        insert.executeBatch();
        update.executeBatch();
        history.executeBatch();
        outbox.recordAll(connection, OUTBOX_TYPE, changedIds);
        changedIds.clear();
    }

    private static int bindRow(PreparedStatement statement, int first, StoredListing row, List<Object> fieldValues)
            throws SQLException {
        Listing listing = row.listing();
        int index = first;
        statement.setInt(index++, row.version());
        statement.setString(index++, listing.status().name());
        statement.setString(index++, listing.expiresOn().toString());
        setText(statement, index++, row.deletionGround() == null ? null : row.deletionGround().name());
        setText(statement, index++, listing.sourceBatch());
        statement.setString(index++, Timestamps.format(listing.createdAt()));
        statement.setString(index++, Timestamps.format(listing.updatedAt()));
        for (ListingField field : ListingField.values()) {
            Object value = fieldValues.get(field.ordinal());
            if (value == null) {
                statement.setNull(index++, field.numeric() ? Types.BIGINT : Types.VARCHAR);
            } else if (value instanceof Long number) {
                statement.setLong(index++, number);
            } else {
                statement.setString(index++, (String) value);
            }
        }
        return index;
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        try (insert; update; history) {
            changedIds.clear();
        }
    }
}
