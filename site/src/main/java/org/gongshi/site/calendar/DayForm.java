package org.gongshi.site.calendar;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.gongshi.content.calendar.DayEntry;
import org.gongshi.content.calendar.DayKind;

/** The add-or-change form exactly as sent, so a refused one is shown again as typed. */
public record DayForm(String date, String kind, String name) {
    static DayForm empty() {
        return new DayForm("", "", "");
    }

    static DayForm of(Context context) {
        return new DayForm(field(context, "date"), field(context, "kind"), field(context, "name"));
    }

    /** The entry; throws {@link UnusableFieldException} for a missing date or kind. The calendar checks the name. */
    DayEntry entry() {
        LocalDate day = date(date).orElseThrow(() -> new UnusableFieldException("admin.calendar.error.date"));
        DayKind dayKind = Arrays.stream(DayKind.values()).filter(value -> value.name().equals(kind)).findFirst()
                .orElseThrow(() -> new UnusableFieldException("admin.calendar.error.kind"));
        return new DayEntry(day, dayKind, name);
    }

    Optional<Integer> year() {
        return date(date).map(LocalDate::getYear);
    }

    /** An ISO date such as 2026-10-01, the value of an {@code <input type="date">}. */
    static Optional<LocalDate> date(String text) {
        if (text == null || !text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String field(Context context, String name) {
        return Optional.ofNullable(context.formParam(name)).orElse("");
    }
}
