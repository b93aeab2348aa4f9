package org.gongshi.content.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.gongshi.content.Status;

/**
 * One content row, read by column name with the conversions {@link Column} wrote: the current row of a query, or a
 * revision's snapshot of a row (see {@link ContentRows#snapshot}).
 */
public final class Row {
    private final Cells cells;
    private final ObjectMapper json;

    private Row(Cells cells, ObjectMapper json) {
        this.cells = cells;
        this.json = json;
    }

    static Row of(ResultSet rows, ObjectMapper json) {
        return new Row(new Cells() {
            @Override
            public String text(String column) throws SQLException {
                return rows.getString(column);
            }

            @Override
            public boolean flag(String column) throws SQLException {
                return rows.getInt(column) != 0;
            }
        }, json);
    }

    /** A snapshot holds JSON columns as nested JSON; they read back as the JSON text the table would hold. */
    static Row of(JsonNode snapshot, ObjectMapper json) {
        return new Row(new Cells() {
            @Override
            public String text(String column) {
                JsonNode value = snapshot.get(column);
                if (value == null || value.isNull()) {
                    return null;
                }
                return value.isValueNode() ? value.asText() : value.toString();
            }

            @Override
            public boolean flag(String column) {
                JsonNode value = snapshot.get(column);
                return value != null && value.asBoolean();
            }
        }, json);
    }

    public String text(String column) throws SQLException {
        return cells.text(column);
    }

    public LocalDate date(String column) throws SQLException {
        String value = text(column);
        return value == null ? null : LocalDate.parse(value);
    }

    public boolean flag(String column) throws SQLException {
        return cells.flag(column);
    }

    public <E extends Enum<E>> E choice(String column, Class<E> type) throws SQLException {
        String value = text(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    public <V> V json(String column, TypeReference<V> type) throws SQLException {
        String value = text(column);
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

    /** Where a row's values come from. */
    private interface Cells {
        String text(String column) throws SQLException;

        boolean flag(String column) throws SQLException;
    }
}
