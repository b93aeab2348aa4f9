package org.gongshi.content.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Chinese working days for legal deadlines. Monday to Friday are working days unless listed as a public holiday;
 * Saturday and Sunday are rest days unless listed as a make-up working day (调休上班). Years with no listed day are
 * not {@linkplain #knows known}: there the answer is Monday to Friday alone, which callers should flag.
 *
 * <p>Periods follow 民事诉讼法 第八十五条: the day a period starts from is not counted, so "within 2 working days of
 * a submission on Wednesday 2026-09-30" has day 1 on the next working day (2026-10-08, after National Day) and ends
 * with the whole of day 2 (2026-10-09). Dates of instants are taken in Asia/Shanghai wherever the server runs.
 *
 * <p>The answers follow the calendar table; {@link CalendarDays} swaps in a fresh copy after every edit.
 */
public final class WorkingDayCalendar {
    /** Deadlines run on Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Schedule schedule;

    WorkingDayCalendar(Schedule schedule) {
        this.schedule = requireNonNull(schedule, "schedule");
    }

    /** A calendar of exactly these days that never changes, e.g. for a plugin's tests. */
    public static WorkingDayCalendar of(Collection<CalendarDay> days) {
        return new WorkingDayCalendar(Schedule.of(days));
    }

    void replace(Schedule fresh) {
        schedule = requireNonNull(fresh, "fresh");
    }

    Schedule schedule() {
        return schedule;
    }

    public boolean isWorkingDay(LocalDate date) {
        return schedule.isWorkingDay(requireNonNull(date, "date"));
    }

    /** Whether {@code year}'s holidays and make-up working days are in the calendar (it has at least one listed day). */
    public boolean knows(int year) {
        return schedule.years().contains(year);
    }

    /** The known years, ascending. */
    public List<Integer> knownYears() {
        SortedSet<Integer> years = schedule.years();
        return List.copyOf(years);
    }

    /** The listed day on {@code date}, if any: its kind and name, e.g. 国庆节. */
    public Optional<CalendarDay> listed(LocalDate date) {
        return Optional.ofNullable(schedule.days().get(requireNonNull(date, "date")));
    }

    /**
     * The date {@code workingDays} working days after {@code start}, which is not counted: day 1 is the first working
     * day after it. Zero gives {@code start} itself.
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        requireNonNull(start, "start");
        requireNotNegative(workingDays);
        return schedule.plusWorkingDays(start, workingDays);
    }

    /**
     * The working days after {@code start} up to and including {@code end}: 0 for the same day, and
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}. For statistics such as working days to a decision.
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        requireNonNull(start, "start");
        requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the end " + end + " is before the start " + start);
        }
        return schedule.workingDaysBetween(start, end);
    }

    /** "Within {@code workingDays} working days of {@code start}": the last day is {@link #plusWorkingDays}. */
    public Deadline deadlineInWorkingDays(LocalDate start, int workingDays) {
        requireNonNull(start, "start");
        requireNotNegative(workingDays);
        Schedule current = schedule;
        LocalDate lastDay = current.plusWorkingDays(start, workingDays);
        return new Deadline(start, lastDay, !current.knowsAll(start, lastDay));
    }

    /**
     * "Within {@code days} days of {@code start}", counted in calendar days; when the last one is a rest day the period
     * ends on the next working day instead (民事诉讼法 第八十五条: 期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期).
     */
    public Deadline deadlineInDays(LocalDate start, int days) {
        requireNonNull(start, "start");
        requireNotNegative(days);
        Schedule current = schedule;
        LocalDate lastDay = current.nextWorkingDayFrom(start.plusDays(days));
        return new Deadline(start, lastDay, !current.knowsAll(start, lastDay));
    }

    /** The Beijing date of an instant, the date every period here is counted in. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(requireNonNull(instant, "instant"), ZONE);
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("a period cannot be negative, got " + days);
        }
    }
}
