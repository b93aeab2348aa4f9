package org.gongshi.content.listings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.gongshi.content.Page;

/**
 * The public listings of public bodies, newest first, narrowed by a {@link PublicBodyFilter}. Their WHERE repeats the
 * partial indexes' word for word: {@code listing_public_bodies_newest} gives a page in order without a sort, and
 * {@code listing_ledger} serves the ledger and the counts.
 */
final class PublicBodyListings {
    static final String WHERE = " debtor_kind IN (" + Arrays.stream(DebtorKind.values())
            .filter(DebtorKind::isPublicBody).map(kind -> "'" + kind.name() + "'")
            .collect(Collectors.joining(", ")) + ") AND" + ListingRows.PUBLIC;

    private PublicBodyListings() {}

    static Page<Listing> page(Connection connection, PublicBodyFilter filter, int number, int size)
            throws SQLException {
        List<Listing> found = items(connection, filter, (long) (number - 1) * size, size);
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM listing" + where)) {
            bind(count, values);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return new Page<>(found, number, size, rows.getLong(1));
            }
        }
    }

    /** The listings {@code filter} keeps, newest first, from {@code offset}, without counting them all. */
    static List<Listing> items(Connection connection, PublicBodyFilter filter, long offset, int limit)
            throws SQLException {
        List<Object> values = new ArrayList<>();
        List<Listing> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                ListingRows.SELECT + where(filter, values) + " ORDER BY published_on DESC, id LIMIT ? OFFSET ?")) {
            int position = bind(query, values);
            query.setInt(position, limit);
            query.setLong(position + 1, offset);
            ListingRows.readAll(query, row -> found.add(row.listing()));
        }
        return found;
    }

    private static String where(PublicBodyFilter filter, List<Object> values) {
        StringBuilder where = new StringBuilder(" WHERE").append(WHERE);
        narrow(where, values, "province", filter.province());
        narrow(where, values, "debtor_kind", filter.kind() == null ? null : filter.kind().name());
        narrow(where, values, "rectification_state",
                filter.rectification() == null ? null : filter.rectification().name());
        return where.toString();
    }

    private static void narrow(StringBuilder where, List<Object> values, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            values.add(value);
        }
    }

    private static int bind(PreparedStatement query, List<Object> values) throws SQLException {
        for (int index = 0; index < values.size(); index++) {
            query.setObject(index + 1, values.get(index));
        }
        return values.size() + 1;
    }
}
