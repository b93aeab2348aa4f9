package org.gongshi.content.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gongshi.content.Page;
import org.gongshi.content.Rendered;
import org.gongshi.content.Status;

/**
 * The reads behind every content repository: one item by slug in any status, and the published-only reads the
 * public site uses. Writes go through the editorial workflow, which keeps a revision of each. Plain parameterized SQL.
 */
public final class ContentStore<T> {
    private final Database database;
    private final ContentRows<T> rows;
    private final String table;
    private final String selectColumns;
    private final String selectListed;
    private final String newestFirst;
    private final List<RenderedField<T>> renderedFields;
    private final String selectRendered;

    public ContentStore(Database database, ContentTable<T> table) {
        this.database = Objects.requireNonNull(database, "database");
        this.rows = new ContentRows<>(Objects.requireNonNull(table, "table"));
        this.table = table.table();
        this.selectColumns = "SELECT " + rows.columns("t") + " FROM " + table.table() + " t";
        // A list shows titles and dates, never the texts: they are the bulk of a row, so lists leave them unread.
        this.selectListed = "SELECT " + rows.columns("t", table.renderedFields().stream().map(RenderedField::column)
                .collect(Collectors.toSet())) + " FROM " + table.table() + " t";
        this.newestFirst = " ORDER BY COALESCE(t." + table.dateColumn() + ", t.created_at) DESC, t.slug";
        this.renderedFields = table.renderedFields();
        this.selectRendered = "SELECT " + rows.columns("t") + renderedFields.stream()
                .map(field -> ", t." + field.htmlColumn() + " AS " + field.htmlColumn()).collect(Collectors.joining())
                + " FROM " + table.table() + " t WHERE t.slug = ? AND t.status = ?";
    }

    public Optional<T> find(String slug) {
        Objects.requireNonNull(slug, "slug");
        return database.read(connection -> queryOne(connection, selectColumns + " WHERE t.slug = ?", slug));
    }

    public Optional<T> findPublished(String slug) {
        Objects.requireNonNull(slug, "slug");
        return database.read(connection -> queryOne(
                connection, selectColumns + " WHERE t.slug = ? AND t.status = ?", slug, Status.PUBLISHED.name()));
    }

    /** The published item with its Markdown fields' HTML as stored: a public page renders nothing itself. */
    public Optional<Rendered<T>> findRendered(String slug) {
        Objects.requireNonNull(slug, "slug");
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(selectRendered)) {
                query.setString(1, slug);
                query.setString(2, Status.PUBLISHED.name());
                try (ResultSet result = query.executeQuery()) {
                    if (!result.next()) {
                        return Optional.empty();
                    }
                    Map<String, String> html = new HashMap<>();
                    for (RenderedField<T> field : renderedFields) {
                        String stored = result.getString(field.htmlColumn());
                        html.put(field.column(), stored == null ? "" : stored);
                    }
                    return Optional.of(new Rendered<>(rows.read(result), html));
                }
            }
        });
    }

    public Page<T> listPublished(int page, int size) {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size count from 1, got page " + page + " size " + size);
        }
        return database.read(connection -> {
            long total = count(connection);
            List<T> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    selectListed + " WHERE t.status = ?" + newestFirst + " LIMIT ? OFFSET ?")) {
                query.setString(1, Status.PUBLISHED.name());
                query.setInt(2, size);
                query.setLong(3, (long) (page - 1) * size);
                readAll(query, items::add);
            }
            return new Page<>(items, page, size, total);
        });
    }

    /** Up to {@code limit} published items whose {@code flagColumn} is set, newest first. */
    public List<T> newestPublishedFlagged(String flagColumn, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        Objects.requireNonNull(flagColumn, "flagColumn");
        return database.read(connection -> {
            List<T> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    selectListed + " WHERE t.status = ? AND t." + flagColumn + " = ?" + newestFirst + " LIMIT ?")) {
                query.setString(1, Status.PUBLISHED.name());
                query.setInt(2, 1);
                query.setInt(3, limit);
                readAll(query, items::add);
            }
            return items;
        });
    }

    /** Streams every published item, newest first, without holding them all in memory. */
    public void forEachPublished(Consumer<T> sink) {
        Objects.requireNonNull(sink, "sink");
        database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    selectColumns + " WHERE t.status = ?" + newestFirst)) {
                query.setString(1, Status.PUBLISHED.name());
                readAll(query, sink);
            }
            return null;
        });
    }

    public long countPublished() {
        return database.read(this::count);
    }

    private long count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + table + " WHERE status = ?")) {
            query.setString(1, Status.PUBLISHED.name());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private Optional<T> queryOne(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                query.setString(index + 1, parameters[index]);
            }
            List<T> found = new ArrayList<>(1);
            readAll(query, found::add);
            return found.stream().findFirst();
        }
    }

    private void readAll(PreparedStatement query, Consumer<T> sink) throws SQLException {
        try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
                sink.accept(rows.read(result));
            }
        }
    }
}
