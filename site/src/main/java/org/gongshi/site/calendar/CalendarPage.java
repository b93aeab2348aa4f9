package org.gongshi.site.calendar;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.gongshi.content.calendar.CalendarDay;
import org.gongshi.content.calendar.CalendarDays;
import org.gongshi.content.calendar.DayEntries;
import org.gongshi.content.calendar.WorkingDayCalendar;
import org.gongshi.site.web.ChineseDates;
import org.gongshi.site.web.InvalidRequestException;
import org.gongshi.site.web.Messages;

/** GET /admin/calendar?year=2026: the listed days of one year, whether the year is known, and the edit form. */
final class CalendarPage {
    private final CalendarDays days;
    private final Messages messages;
    private final Clock clock;

    CalendarPage(CalendarDays days, Messages messages, Clock clock) {
        this.days = requireNonNull(days, "days");
        this.messages = requireNonNull(messages, "messages");
        this.clock = requireNonNull(clock, "clock");
    }

    void show(Context context) {
        int year = Optional.ofNullable(context.queryParam("year")).map(CalendarPage::year).orElse(thisYear());
        Map<String, Object> model = model(year, DayForm.empty());
        notice(context, "saved").ifPresent(date -> model.put("notice", messages.get("admin.calendar.saved", ChineseDates.format(date))));
        notice(context, "removed").ifPresent(date -> model.put("notice", messages.get("admin.calendar.removed", ChineseDates.format(date))));
        context.render("admin/calendar.peb", model);
    }

    /** The page again with the refused form as it was sent and the reason, changing nothing. */
    void refuse(Context context, DayForm form, String error) {
        Map<String, Object> model = model(form.year().orElse(thisYear()), form);
        model.put("error", error);
        context.status(422).render("admin/calendar.peb", model);
    }

    private Map<String, Object> model(int year, DayForm form) {
        WorkingDayCalendar calendar = days.calendar();
        TreeSet<Integer> years = new TreeSet<>(calendar.knownYears());
        years.addAll(List.of(thisYear(), thisYear() + 1, year));
        Map<String, Object> model = new HashMap<>();
        model.put("year", year);
        model.put("years", List.copyOf(years));
        model.put("known", calendar.knows(year));
        model.put("rows", days.inYear(year).stream().map(this::row).toList());
        model.put("form", form);
        model.put("maximumNameLength", DayEntries.MAXIMUM_NAME_LENGTH);
        return model;
    }

    private Row row(CalendarDay day) {
        return new Row(day.date(), day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Messages.LOCALE),
                messages.get("admin.calendar.kind." + day.kind().name()), day.name(), day.changedBy(),
                ChineseDates.dateTime(day.changedAt()));
    }

    private int thisYear() {
        return WorkingDayCalendar.dateOf(clock.instant()).getYear();
    }

    private static Optional<LocalDate> notice(Context context, String parameter) {
        return Optional.ofNullable(context.queryParam(parameter)).flatMap(DayForm::date);
    }

    private static int year(String text) {
        if (!text.matches("[0-9]{4}")) {
            throw new InvalidRequestException("admin.calendar.error.year");
        }
        return Integer.parseInt(text);
    }

    /** One listed day as the table shows it. */
    public record Row(LocalDate date, String weekday, String kind, String name, String changedBy, String changedAt) {}
}
