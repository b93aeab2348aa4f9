package org.gongshi.content.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gongshi.content.Page;
import org.gongshi.content.SaveResult;
import org.gongshi.content.Status;
import org.gongshi.content.outbox.Outbox;

/**
 * The JDBC behind every content repository: upsert by slug with change detection and an outbox row in the same
 * transaction, and the published-only reads the public site uses. Plain parameterized SQL only.
 */
public final class ContentStore<T> {
    private final Database database;
    private final Outbox outbox;
    private final Clock clock;
    private final ContentTable<T> table;
    private final ObjectMapper json = new ObjectMapper();
    private final ContentWrites<T> writes;
    private final String selectColumns;
    private final String newestFirst;

    public ContentStore(Database database, Outbox outbox, Clock clock, ContentTable<T> table) {
        this.database = Objects.requireNonNull(database, "database");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.table = Objects.requireNonNull(table, "table");
        this.selectColumns = "SELECT slug, title, status, created_at, updated_at, "
                + table.columns().stream().map(Column::name).collect(Collectors.joining(", "))
                + " FROM " + table.table();
        this.writes = new ContentWrites<>(table, json);
        this.newestFirst = " ORDER BY COALESCE(" + table.dateColumn() + ", created_at) DESC, slug";
    }

    /** Creates or updates by slug; identical content writes nothing, any other save records one outbox row. */
    public SaveResult save(T item) {
        Objects.requireNonNull(item, "item");
        String slug = Slugs.require(table.slug(item));
        String title = table.title(item);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("the title of " + table.outboxType() + " '" + slug + "' is blank");
        }
        Status status = Objects.requireNonNull(table.status(item), "status");
        return database.inTransaction(connection -> {
            Optional<T> existing = queryOne(connection, selectColumns + " WHERE slug = ?", slug);
            Instant now = Timestamps.truncate(clock.instant());
            SaveResult result;
            if (existing.isEmpty()) {
                writes.insert(connection, item, slug, title, status, now);
                result = SaveResult.CREATED;
            } else {
                if (withoutTimestamps(item).equals(withoutTimestamps(existing.get()))) {
                    return SaveResult.UNCHANGED;
                }
                writes.update(connection, item, slug, title, status, now);
                result = SaveResult.UPDATED;
            }
            outbox.record(connection, table.outboxType(), slug);
            return result;
        });
    }

    private T withoutTimestamps(T item) {
        return table.withTimestamps(item, null, null);
    }

    public Optional<T> find(String slug) {
        Objects.requireNonNull(slug, "slug");
        return database.read(connection -> queryOne(connection, selectColumns + " WHERE slug = ?", slug));
    }

    public Optional<T> findPublished(String slug) {
        Objects.requireNonNull(slug, "slug");
        return database.read(connection -> queryOne(
                connection, selectColumns + " WHERE slug = ? AND status = ?", slug, Status.PUBLISHED.name()));
    }

    public Page<T> listPublished(int page, int size) {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size count from 1, got page " + page + " size " + size);
        }
        return database.read(connection -> {
            long total = count(connection);
            List<T> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    selectColumns + " WHERE status = ?" + newestFirst + " LIMIT ? OFFSET ?")) {
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
                    selectColumns + " WHERE status = ? AND " + flagColumn + " = ?" + newestFirst + " LIMIT ?")) {
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
                    selectColumns + " WHERE status = ?" + newestFirst)) {
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
                "SELECT COUNT(*) FROM " + table.table() + " WHERE status = ?")) {
            query.setString(1, Status.PUBLISHED.name());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
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
        try (ResultSet rows = query.executeQuery()) {
            Row row = new Row(rows, json);
            while (rows.next()) {
                sink.accept(table.read(row));
            }
        }
    }
}
