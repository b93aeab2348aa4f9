package org.gongshi.site.plugins;

import java.time.LocalDate;
import org.gongshi.content.calendar.WorkingDayCalendar;
import org.gongshi.plugin.WorkingDays;

/** The working-day calendar administrators keep, as plugins count their deadlines in it. */
record HostedCalendar(WorkingDayCalendar calendar) implements WorkingDays {
    @Override
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        return calendar.plusWorkingDays(start, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        return calendar.workingDaysBetween(start, end);
    }

    @Override
    public LocalDate lastDayWithinDays(LocalDate start, int days) {
        return calendar.deadlineInDays(start, days).lastDay();
    }

    @Override
    public boolean knows(int year) {
        return calendar.knows(year);
    }
}
