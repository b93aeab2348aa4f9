package org.gongshi.content.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.gongshi.content.Status;

/** The current row of a content query, read by column name with the conversions {@link Column} wrote. */
public final class Row {
    private final ResultSet rows;
    private final ObjectMapper json;

    Row(ResultSet rows, ObjectMapper json) {
        this.rows = rows;
        this.json = json;
    }

    public String text(String column) throws SQLException {
        return rows.getString(column);
    }

    public LocalDate date(String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }

    public boolean flag(String column) throws SQLException {
        return rows.getInt(column) != 0;
    }

    public <E extends Enum<E>> E choice(String column, Class<E> type) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    public <V> V json(String column, TypeReference<V> type) throws SQLException {
        String value = rows.getString(column);
        if (value == null) {
            return null;
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("column " + column + " holds unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }

    public String slug() throws SQLException {
        return text("slug");
    }

    public String title() throws SQLException {
        return text("title");
    }

    public Status status() throws SQLException {
        return choice("status", Status.class);
    }

    public Instant createdAt() throws SQLException {
        return Timestamps.parse(text("created_at"));
    }

    public Instant updatedAt() throws SQLException {
        return Timestamps.parse(text("updated_at"));
    }
}
