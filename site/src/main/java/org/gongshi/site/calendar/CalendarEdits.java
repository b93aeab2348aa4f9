package org.gongshi.site.calendar;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import org.gongshi.content.calendar.CalendarDay;
import org.gongshi.content.calendar.CalendarDays;
import org.gongshi.content.calendar.DayEntries;
import org.gongshi.content.calendar.InvalidDayEntryException;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.InvalidRequestException;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.guard.ClientAddress;

/**
 * POST /admin/calendar adds a day or changes the one on its date; POST /admin/calendar/remove removes one. Each goes
 * back to the year's page (303); a refused entry shows the form again with the reason and changes nothing.
 */
final class CalendarEdits {
    private final CalendarDays days;
    private final CalendarPage page;
    private final ClientAddress client;
    private final Messages messages;

    CalendarEdits(CalendarDays days, CalendarPage page, ClientAddress client, Messages messages) {
        this.days = requireNonNull(days, "days");
        this.page = requireNonNull(page, "page");
        this.client = requireNonNull(client, "client");
        this.messages = requireNonNull(messages, "messages");
    }

    void set(Context context) {
        DayForm form = DayForm.of(context);
        try {
            CalendarDay day = days.set(form.entry(), StaffMember.current(context).name(), client.of(context).value());
            backTo(context, day.date(), "saved");
        } catch (UnusableFieldException e) {
            page.refuse(context, form, messages.get(e.messageKey()));
        } catch (InvalidDayEntryException e) {
            page.refuse(context, form, explain(e.reason()));
        }
    }

    void remove(Context context) {
        LocalDate date = DayForm.date(context.formParam("date"))
                .orElseThrow(() -> new InvalidRequestException("admin.calendar.error.date"));
        boolean removed = days.remove(date, StaffMember.current(context).name(), client.of(context).value());
        if (removed) {
            backTo(context, date, "removed");
        } else {
            context.redirect(CalendarAdmin.PATH + "?year=" + date.getYear(), HttpStatus.SEE_OTHER);
        }
    }

    private static void backTo(Context context, LocalDate date, String what) {
        context.redirect(CalendarAdmin.PATH + "?year=" + date.getYear() + "&" + what + "=" + date,
                HttpStatus.SEE_OTHER);
    }

    private String explain(InvalidDayEntryException.Reason reason) {
        return switch (reason) {
            case NAME_MISSING -> messages.get("admin.calendar.error.nameMissing");
            case NAME_TOO_LONG -> messages.get("admin.calendar.error.nameTooLong", DayEntries.MAXIMUM_NAME_LENGTH);
            case NAME_CONTROL_CHARACTER -> messages.get("admin.calendar.error.nameControl");
            case HOLIDAY_ON_WEEKEND -> messages.get("admin.calendar.error.holidayOnWeekend");
            case WORKDAY_ON_WEEKDAY -> messages.get("admin.calendar.error.workdayOnWeekday");
        };
    }
}
