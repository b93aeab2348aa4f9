package org.gongshi.content.calendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.store.Timestamps;

/** The SQL of {@code calendar_day}: dates as ISO text, kinds by their enum names. */
final class CalendarTable {
    private static final String SELECT = "SELECT date, kind, name, changed_by, changed_at FROM calendar_day";

    private CalendarTable() {}

    static List<CalendarDay> all(Connection connection) throws SQLException {
        List<CalendarDay> days = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT + " ORDER BY date");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                days.add(read(rows));
            }
        }
        return days;
    }

    static Optional<CalendarDay> find(Connection connection, LocalDate date) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE date = ?")) {
            query.setString(1, date.toString());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** Inserts the day, or replaces the row already on its date. */
    static void put(Connection connection, CalendarDay day, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE calendar_day SET kind = ?, name = ?, changed_by = ?, changed_at = ? WHERE date = ?"
                : "INSERT INTO calendar_day (kind, name, changed_by, changed_at, date) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, day.kind().name());
            write.setString(2, day.name());
            write.setString(3, day.changedBy());
            write.setString(4, Timestamps.format(day.changedAt()));
            write.setString(5, day.date().toString());
            write.executeUpdate();
        }
    }

    static void delete(Connection connection, LocalDate date) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM calendar_day WHERE date = ?")) {
            delete.setString(1, date.toString());
            delete.executeUpdate();
        }
    }

    private static CalendarDay read(ResultSet rows) throws SQLException {
        return new CalendarDay(LocalDate.parse(rows.getString(1)), DayKind.valueOf(rows.getString(2)),
                rows.getString(3), rows.getString(4), Timestamps.parse(rows.getString(5)));
    }
}
