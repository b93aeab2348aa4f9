package org.gongshi.content.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongshi.content.Status;

/**
 * The rows of one content table: the columns to select, reading a row as an item or as a JSON snapshot (what a
 * revision keeps), and writing an item. SQL that picks rows is the caller's; these run on the caller's connection.
 */
public final class ContentRows<T> {
    private static final List<String> COMMON = List.of("slug", "title", "status", "publish_at", "created_at",
            "updated_at");

    private final ContentTable<T> table;
    private final ObjectMapper json = new ObjectMapper();
    private final ContentWrites<T> writes;

    public ContentRows(ContentTable<T> table) {
        this.table = Objects.requireNonNull(table, "table");
        this.writes = new ContentWrites<>(table, json);
    }

    public ContentTable<T> table() {
        return table;
    }

    /** Every column of a row from the table named {@code alias}, for a SELECT list: {@code t.slug AS slug, …}. */
    public String columns(String alias) {
        return columns(alias, Set.of());
    }

    /** The same, but the columns named in {@code left} are read as null ({@code NULL AS body}): not read at all. */
    public String columns(String alias, Set<String> left) {
        return Stream.concat(COMMON.stream(), table.columns().stream().map(Column::name))
                .map(name -> (left.contains(name) ? "NULL" : alias + "." + name) + " AS " + name)
                .collect(Collectors.joining(", "));
    }

    public T read(ResultSet rows) throws SQLException {
        return table.read(Row.of(rows, json));
    }

    /** The current row as a JSON object in column order: flags as booleans, JSON columns nested, the rest as text. */
    public String snapshot(ResultSet rows) throws SQLException {
        ObjectNode snapshot = json.createObjectNode();
        for (String name : COMMON) {
            snapshot.put(name, rows.getString(name));
        }
        for (Column<T> column : table.columns()) {
            String name = column.name();
            switch (column.kind()) {
                case TEXT, DATE -> snapshot.put(name, rows.getString(name));
                case FLAG -> snapshot.put(name, rows.getInt(name) != 0);
                case JSON -> snapshot.set(name, parse(rows.getString(name)));
            }
        }
        return snapshot.toString();
    }

    /** The item a {@link #snapshot} was taken of. */
    public T item(String snapshot) {
        try {
            return table.read(Row.of(json.readTree(snapshot), json));
        } catch (JsonProcessingException e) {
            throw new StorageException("unreadable snapshot: " + e.getOriginalMessage(), e);
        } catch (SQLException e) {
            throw new StorageException("unreadable snapshot: " + e.getMessage(), e);
        }
    }

    /** Same title and item-specific values; status, publication time and timestamps are not content. */
    public boolean sameContent(T first, T second) {
        return content(first).equals(content(second));
    }

    private List<Object> content(T item) {
        List<Object> values = new ArrayList<>();
        values.add(table.title(item));
        table.columns().forEach(column -> values.add(column.value().apply(item)));
        return values;
    }

    /** Inserts {@code item} with {@code status}; its slug and title are checked first. */
    public void insert(Connection connection, T item, Status status, Instant publishAt, Instant now)
            throws SQLException {
        writes.insert(connection, item, checkedSlug(item), checkedTitle(item), status, publishAt, now);
    }

    /** Replaces the row of {@code item}'s slug; created_at stays. */
    public void update(Connection connection, T item, Status status, Instant publishAt, Instant now)
            throws SQLException {
        writes.update(connection, item, checkedSlug(item), checkedTitle(item), status, publishAt, now);
    }

    private String checkedSlug(T item) {
        return Slugs.require(table.slug(item));
    }

    private String checkedTitle(T item) {
        String title = table.title(item);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(
                    "the title of " + table.outboxType() + " '" + table.slug(item) + "' is blank");
        }
        return title;
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return json.nullNode();
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StorageException("a JSON column holds unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }
}
