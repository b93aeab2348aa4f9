package org.gongshi.content.listings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gongshi.content.store.Timestamps;

/** Reads listing rows back into records: the one SELECT list and the conversions {@link ListingField} wrote. */
final class ListingRows {
    static final String SELECT = "SELECT id, version, status, expires_on, deletion_ground, source_batch, created_at, "
            + "updated_at, " + Arrays.stream(ListingField.values()).map(ListingField::column)
                    .collect(Collectors.joining(", ")) + " FROM listing";
    static final String PUBLIC = " status IN ('PUBLISHED', 'CORRECTED')";

    private ListingRows() {}

    static Optional<StoredListing> findById(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE id = ?")) {
            query.setString(1, id);
            StoredListing[] found = new StoredListing[1];
            readAll(query, row -> found[0] = row);
            return Optional.ofNullable(found[0]);
        }
    }

    static void readAll(PreparedStatement query, Consumer<StoredListing> sink) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                sink.accept(read(rows));
            }
        }
    }

    private static StoredListing read(ResultSet rows) throws SQLException {
        Debtor debtor = new Debtor(DebtorKind.valueOf(rows.getString("debtor_kind")), rows.getString("debtor_name"),
                rows.getString("debtor_sex"), integer(rows, "debtor_age"), rows.getString("identifier_shown"),
                ListingField.identifierKey(rows.getString("party_key")), rows.getString("legal_representative"),
                rows.getString("superior_body"));
        Enforcement enforcement = new Enforcement(rows.getString("court"), rows.getString("province"),
                rows.getString("case_number"), rows.getString("basis_number"), rows.getString("basis_issuer"),
                date(rows, "filed_on"), rows.getString("obligation"), rows.getString("performance"),
                rows.getObject("performed_fen") == null ? null : Amounts.toYuan(rows.getLong("performed_fen")),
                rows.getObject("unperformed_fen") == null ? null : Amounts.toYuan(rows.getLong("unperformed_fen")),
                rows.getString("conduct"));
        String rectificationState = rows.getString("rectification_state");
        Rectification rectification = rectificationState == null ? null
                : new Rectification(Rectification.State.valueOf(rectificationState),
                        date(rows, "rectification_since"));
        Listing listing = new Listing(rows.getString("id"), debtor, enforcement, date(rows, "published_on"),
                rectification, date(rows, "decided_on"), date(rows, "expires_on"),
                ListingStatus.valueOf(rows.getString("status")), rows.getString("source_batch"),
                Timestamps.parse(rows.getString("created_at")), Timestamps.parse(rows.getString("updated_at")));
        String ground = rows.getString("deletion_ground");
        return new StoredListing(listing, rows.getInt("version"), ground == null ? null : DeletionGround.valueOf(ground));
    }

    private static Integer integer(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column) == null ? null : rows.getInt(column);
    }

    private static LocalDate date(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }
}
