package org.gongshi.content.editorial;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.Status;
import org.gongshi.content.store.ContentRows;
import org.gongshi.content.store.ContentTable;
import org.gongshi.content.store.Timestamps;

/** The SQL that picks items of one content table in any status, each with its newest revision's number and author. */
final class ItemRows<T> {
    private final ContentRows<T> rows;
    private final String type;
    private final String table;
    private final String select;

    ItemRows(ContentRows<T> rows) {
        ContentTable<T> content = rows.table();
        this.rows = rows;
        this.type = content.outboxType();
        this.table = content.table();
        this.select = "SELECT " + rows.columns("t") + ", r.revision AS latest_revision, r.author AS latest_author"
                + " FROM " + table + " t LEFT JOIN content_revision r ON r.content_type = ? AND r.slug = t.slug"
                + " AND r.revision = (SELECT MAX(m.revision) FROM content_revision m"
                + " WHERE m.content_type = r.content_type AND m.slug = r.slug)";
    }

    Optional<EditorialItem<T>> find(Connection connection, String slug) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(select + " WHERE t.slug = ?")) {
            query.setString(1, type);
            query.setString(2, slug);
            List<EditorialItem<T>> found = readAll(query);
            return found.stream().findFirst();
        }
    }

    /** Items in {@code status} (null: any), scheduled ones by publication time, the others last changed first. */
    List<EditorialItem<T>> page(Connection connection, Status status, long offset, int limit) throws SQLException {
        String order = status == Status.SCHEDULED
                ? " ORDER BY t.publish_at, t.slug"
                : " ORDER BY t.updated_at DESC, t.slug";
        try (PreparedStatement query = connection.prepareStatement(
                select + (status == null ? "" : " WHERE t.status = ?") + order + " LIMIT ? OFFSET ?")) {
            int next = 1;
            query.setString(next++, type);
            if (status != null) {
                query.setString(next++, status.name());
            }
            query.setInt(next++, limit);
            query.setLong(next, offset);
            return readAll(query);
        }
    }

    long count(Connection connection, Status status) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + table + (status == null ? "" : " WHERE status = ?"))) {
            if (status != null) {
                query.setString(1, status.name());
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Slugs of the scheduled items due at {@code now}, soonest first. */
    List<String> due(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT slug FROM " + table
                + " WHERE status = ? AND publish_at <= ? ORDER BY publish_at, slug")) {
            query.setString(1, Status.SCHEDULED.name());
            query.setString(2, Timestamps.format(now));
            List<String> slugs = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    slugs.add(result.getString(1));
                }
            }
            return slugs;
        }
    }

    /** The item's row as a revision keeps it. */
    String snapshot(Connection connection, String slug) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + rows.columns("t") + " FROM " + table + " t WHERE t.slug = ?")) {
            query.setString(1, slug);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new ContentNotFoundException(type, slug);
                }
                return rows.snapshot(result);
            }
        }
    }

    private List<EditorialItem<T>> readAll(PreparedStatement query) throws SQLException {
        List<EditorialItem<T>> items = new ArrayList<>();
        ContentTable<T> content = rows.table();
        try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
                T item = rows.read(result);
                items.add(new EditorialItem<>(item, content.slug(item), content.title(item), content.status(item),
                        Timestamps.parse(result.getString("publish_at")),
                        Timestamps.parse(result.getString("updated_at")), result.getInt("latest_revision"),
                        result.getString("latest_author")));
            }
        }
        return items;
    }
}
