package org.gongshi.content.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.gongshi.content.Status;

/** The INSERT and UPDATE of one content table, with each {@link Column} written the way {@link Row} reads it. */
final class ContentWrites<T> {
    private final ContentTable<T> table;
    private final ObjectMapper json;

    ContentWrites(ContentTable<T> table, ObjectMapper json) {
        this.table = table;
        this.json = json;
    }

    void insert(Connection connection, T item, String slug, String title, Status status, Instant publishAt,
            Instant now) throws SQLException {
        List<Column<T>> columns = table.columns();
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String placeholders = ", ?".repeat(columns.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.table()
                + " (slug, title, status, publish_at, created_at, updated_at, " + names
                + ") VALUES (?, ?, ?, ?, ?, ?" + placeholders + ")")) {
            insert.setString(1, slug);
            insert.setString(2, title);
            insert.setString(3, status.name());
            insert.setString(4, publishAt == null ? null : Timestamps.format(publishAt));
            insert.setString(5, Timestamps.format(now));
            insert.setString(6, Timestamps.format(now));
            bind(insert, 7, item);
            insert.executeUpdate();
        }
    }

    /** created_at is left alone: it records when the item first appeared. */
    void update(Connection connection, T item, String slug, String title, Status status, Instant publishAt,
            Instant now) throws SQLException {
        List<Column<T>> columns = table.columns();
        String assignments = columns.stream().map(column -> column.name() + " = ?").collect(Collectors.joining(", "));
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table.table()
                + " SET title = ?, status = ?, publish_at = ?, updated_at = ?, " + assignments + " WHERE slug = ?")) {
            update.setString(1, title);
            update.setString(2, status.name());
            update.setString(3, publishAt == null ? null : Timestamps.format(publishAt));
            update.setString(4, Timestamps.format(now));
            int next = bind(update, 5, item);
            update.setString(next, slug);
            update.executeUpdate();
        }
    }

    /** Binds the item-specific columns from {@code first} on and returns the next free parameter index. */
    private int bind(PreparedStatement statement, int first, T item) throws SQLException {
        int index = first;
        for (Column<T> column : table.columns()) {
            Object value = column.value().apply(item);
            if (value == null) {
                statement.setNull(index++, column.kind() == Column.Kind.FLAG ? Types.SMALLINT : Types.VARCHAR);
                continue;
            }
            switch (column.kind()) {
                case TEXT -> statement.setString(index++, (String) value);
                case DATE -> statement.setString(index++, ((LocalDate) value).toString());
                case FLAG -> statement.setInt(index++, (Boolean) value ? 1 : 0);
                case JSON -> statement.setString(index++, toJson(column, value));
            }
        }
        return index;
    }

    private String toJson(Column<T> column, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write " + column.name() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
