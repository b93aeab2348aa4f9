package org.gongshi.content.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.Timestamps;

/**
 * The calendar table and the one {@link WorkingDayCalendar} that answers from a copy of it in memory (a few dozen rows
 * a year). Every edit is written with its audit entry in one transaction, then the copy is reloaded. Edits made by
 * another process reach this one at its next start.
 */
public final class CalendarDays {
    private final Database database;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    public CalendarDays(Database database, AuditLog audit, Clock clock) {
        this.database = requireNonNull(database, "database");
        this.audit = requireNonNull(audit, "audit");
        this.clock = requireNonNull(clock, "clock");
        this.calendar = new WorkingDayCalendar(load());
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The listed days of {@code year}, by date. */
    public List<CalendarDay> inYear(int year) {
        return calendar.schedule().inYear(year);
    }

    /**
     * Adds the day, or changes the one listed on its date, as {@code actor} from {@code client}; throws
     * {@link InvalidDayEntryException} for an entry that would change nothing or has no usable name.
     */
    public synchronized CalendarDay set(DayEntry entry, String actor, String client) {
        DayEntry checked = DayEntries.check(requireNonNull(entry, "entry"));
        CalendarDay day = new CalendarDay(checked.date(), checked.kind(), checked.name(), requireNonNull(actor, "actor"),
                Timestamps.truncate(clock.instant()));
        database.inTransaction(connection -> {
            Optional<CalendarDay> before = CalendarTable.find(connection, day.date());
            CalendarTable.put(connection, day, before.isPresent());
            audit.record(connection, event(actor, "calendar.set", day.date(), client).saying(describe(day)
                    + before.map(previous -> "（原为" + describe(previous) + "）").orElse("")));
            return null;
        });
        reload();
        return day;
    }

    /** Removes the listed day so its weekday decides again; false when nothing was listed on that date. */
    public synchronized boolean remove(LocalDate date, String actor, String client) {
        requireNonNull(date, "date");
        requireNonNull(actor, "actor");
        boolean removed = database.inTransaction(connection -> {
            Optional<CalendarDay> before = CalendarTable.find(connection, date);
            if (before.isEmpty()) {
                return false;
            }
            CalendarTable.delete(connection, date);
            audit.record(connection, event(actor, "calendar.remove", date, client).saying(describe(before.get())));
            return true;
        });
        if (removed) {
            reload();
        }
        return removed;
    }

    private void reload() {
        calendar.replace(load());
    }

    private Schedule load() {
        return Schedule.of(database.read(CalendarTable::all));
    }

    private static AuditEvent event(String actor, String action, LocalDate date, String client) {
        return AuditEvent.of(actor, action).on("calendar_day", date.toString()).from(client);
    }

    private static String describe(CalendarDay day) {
        return switch (day.kind()) {
            case HOLIDAY -> "放假";
            case WORKDAY -> "调休上班";
        } + "：" + day.name();
    }
}
