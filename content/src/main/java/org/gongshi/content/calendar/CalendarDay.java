package org.gongshi.content.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the calendar: a day that is not what its weekday says, why, and who last set it when. */
public record CalendarDay(LocalDate date, DayKind kind, String name, String changedBy, Instant changedAt) {
    public CalendarDay {
        requireNonNull(date, "date");
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        requireNonNull(changedBy, "changedBy");
        requireNonNull(changedAt, "changedAt");
    }
}
