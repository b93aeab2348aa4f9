package org.gongshi.site.calendar;

import java.time.Clock;
import org.gongshi.content.calendar.CalendarDays;
import org.gongshi.site.staff.Access;
import org.gongshi.site.staff.CorePermissions;
import org.gongshi.site.staff.StaffRoutes;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.guard.ClientAddress;

/** The back-office screen of the working-day calendar: a year's holidays and make-up days, and the form to edit them. */
public final class CalendarAdmin {
    static final String PATH = "/admin/calendar";

    private CalendarAdmin() {}

    public static void install(StaffRoutes routes, CalendarDays days, ClientAddress client, Messages messages,
            Clock clock) {
        Access access = Access.permission(CorePermissions.CALENDAR);
        CalendarPage page = new CalendarPage(days, messages, clock);
        CalendarEdits edits = new CalendarEdits(days, page, client, messages);
        routes.get(PATH, access, page::show);
        routes.post(PATH, access, edits::set);
        routes.post(PATH + "/remove", access, edits::remove);
        routes.menu(messages.get("admin.calendar.menu"), PATH, access);
    }
}
