package org.gongshi.content.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** One immutable copy of the calendar table; every answer is computed on one copy, never on a half-reloaded one. */
record Schedule(NavigableMap<LocalDate, CalendarDay> days, SortedSet<Integer> years) {
    static Schedule of(Collection<CalendarDay> rows) {
        TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (CalendarDay day : rows) {
            days.put(day.date(), day);
            years.add(day.date().getYear());
        }
        return new Schedule(Collections.unmodifiableNavigableMap(days),
                Collections.unmodifiableSortedSet(years));
    }

    boolean isWorkingDay(LocalDate date) {
        CalendarDay listed = days.get(date);
        if (listed == null) {
            return !isWeekend(date);
        }
        return switch (listed.kind()) {
            case HOLIDAY -> false;
            case WORKDAY -> true;
        };
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** The first day of the period is the day after {@code start} (期间开始的日不计算在内). */
    LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        LocalDate date = start;
        for (int counted = 0; counted < workingDays; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    int workingDaysBetween(LocalDate start, LocalDate end) {
        int counted = 0;
        for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return counted;
    }

    LocalDate nextWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    boolean knowsAll(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!years.contains(year)) {
                return false;
            }
        }
        return true;
    }

    List<CalendarDay> inYear(int year) {
        return List.copyOf(days.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }
}
