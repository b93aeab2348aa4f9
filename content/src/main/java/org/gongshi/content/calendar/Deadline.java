package org.gongshi.content.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period counted from {@code start} (not itself counted) that ends with the whole of {@code lastDay}, Beijing time.
 * {@code estimated} is true when the period touches a year the calendar does not know: its last day was counted on
 * Monday to Friday alone and may move once that year's holidays are entered, so callers should say so.
 */
public record Deadline(LocalDate start, LocalDate lastDay, boolean estimated) {
    public Deadline {
        requireNonNull(start, "start");
        requireNonNull(lastDay, "lastDay");
    }

    /** Overdue from the first moment after {@code lastDay} ends in Asia/Shanghai. */
    public boolean overdueAt(Instant instant) {
        return overdueOn(WorkingDayCalendar.dateOf(instant));
    }

    public boolean overdueOn(LocalDate date) {
        return date.isAfter(lastDay);
    }
}
