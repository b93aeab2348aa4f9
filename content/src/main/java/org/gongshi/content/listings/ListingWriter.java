package org.gongshi.content.listings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Timestamps;

/**
 * The writes of one transaction as JDBC batches. New rows are written at once by {@link #insertNew}, which says which
 * of them the natural key let in; changed rows, history entries and outbox entries are collected and run in that
 * order on {@link #flush()}.
 */
final class ListingWriter implements AutoCloseable {
    static final String OUTBOX_TYPE = "listing";

    private static final String STATE_COLUMNS =
            "version, status, expires_on, deletion_ground, source_batch, created_at, updated_at";
    private static final String FIELD_COLUMNS = Arrays.stream(ListingField.values()).map(ListingField::column)
            .collect(Collectors.joining(", "));
    private static final int STATE_COUNT = 7;
    /** values() copies its array on every call, and rows are bound a million times in an import. */
    private static final List<ListingField> FIELDS = List.of(ListingField.values());

    private final Connection connection;
    private final Outbox outbox;
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement history;
    private final List<String> changedIds = new ArrayList<>();
    private final List<String[]> changedRanges = new ArrayList<>();
    private final InstantTexts instants = new InstantTexts();

    ListingWriter(Connection connection, Outbox outbox) throws SQLException {
        this.connection = connection;
        this.outbox = outbox;
        int columns = 1 + STATE_COUNT + ListingField.values().length;
        this.insert = connection.prepareStatement("INSERT INTO listing (id, " + STATE_COLUMNS + ", " + FIELD_COLUMNS
                + ", created_in) VALUES (?" + ", ?".repeat(columns)
                + ") ON CONFLICT (case_number, party_key) DO NOTHING");
        this.update = connection.prepareStatement("UPDATE listing SET "
                + Arrays.stream((STATE_COLUMNS + ", " + FIELD_COLUMNS).split(", "))
                        .map(column -> column + " = ?").collect(Collectors.joining(", "))
                + " WHERE id = ?");
        this.history = connection.prepareStatement("INSERT INTO listing_history (listing_id, version, changed_at, "
                + "actor, action, from_status, to_status, ground, reason, changed_fields) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Inserts each row whose natural key is not stored yet, as created by the {@link Creations} row {@code creationOf}
     * names, and answers, per row, whether it was inserted; a row whose key is taken, also by an earlier row of the
     * same call, is left out. Records no outbox entry: see {@link #changed}.
     */
    boolean[] insertNew(List<StoredListing> rows, List<List<Object>> fieldValues, long[] creationOf)
            throws SQLException {
        for (int index = 0; index < rows.size(); index++) {
            StoredListing row = rows.get(index);
            insert.setString(1, row.id());
            int next = bindRow(insert, 2, row, fieldValues.get(index));
            insert.setLong(next, creationOf[index]);
            insert.addBatch();
        }
        int[] counts = insert.executeBatch();
        boolean[] inserted = new boolean[rows.size()];
        for (int index = 0; index < counts.length; index++) {
            inserted[index] = counts[index] > 0;
        }
        return inserted;
    }

    /** Records an outbox entry for the listing {@code id}. */
    void changed(String id) {
        changedIds.add(id);
    }

    /** Records one outbox entry for every listing whose id sorts from {@code firstId} to {@code lastId}. */
    void changedRange(String firstId, String lastId) {
        changedRanges.add(new String[] {firstId, lastId});
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
        history.setString(3, instants.text(entry.at()));
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
        update.executeBatch();
        history.executeBatch();
        outbox.recordAll(connection, OUTBOX_TYPE, changedIds);
        for (String[] range : changedRanges) {
            outbox.recordRange(connection, OUTBOX_TYPE, range[0], range[1]);
        }
        changedIds.clear();
        changedRanges.clear();
    }

    private int bindRow(PreparedStatement statement, int first, StoredListing row, List<Object> fieldValues)
            throws SQLException {
        Listing listing = row.listing();
        int index = first;
        statement.setInt(index++, row.version());
        statement.setString(index++, listing.status().name());
        setText(statement, index++, ListingField.text(listing.expiresOn()));
        setText(statement, index++, row.deletionGround() == null ? null : row.deletionGround().name());
        setText(statement, index++, listing.sourceBatch());
        statement.setString(index++, instants.text(listing.createdAt()));
        statement.setString(index++, instants.text(listing.updatedAt()));
        for (ListingField field : FIELDS) {
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
            changedRanges.clear();
        }
    }

    /** A batch writes one instant thousands of times: format it once. */
    private static final class InstantTexts {
        private Instant last;
        private String text;

        String text(Instant instant) {
            if (!instant.equals(last)) {
                last = instant;
                text = Timestamps.format(instant);
            }
            return text;
        }
    }
}
