package org.gongshi.content.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** What an administrator enters for one day: a holiday or make-up working day and its name, e.g. 春节调休上班. */
public record DayEntry(LocalDate date, DayKind kind, String name) {
    public DayEntry {
        requireNonNull(date, "date");
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
    }
}
