package org.gongshi.content.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar as the migration seeds it, read back from a real SQLite file. */
class WorkingDayCalendarTest {
    @TempDir
    Path directory;

    private WorkingDayCalendar calendar;

    @BeforeEach
    void open() {
        Database database = Storage.migrated(directory);
        SettableClock clock = new SettableClock(Instant.parse("2026-11-22T01:00:00Z"));
        calendar = new CalendarDays(database, new AuditLog(database, clock), clock).calendar();
    }

    @Test
    void twoWorkingDaysFromTheEveOfNationalDayEndAfterTheHoliday() {
        // 10-01 to 10-07 off; Thursday 10-08 is day 1, Friday 10-09 day 2.
        assertEquals(date("2026-10-08"), calendar.plusWorkingDays(date("2026-09-30"), 1));
        assertEquals(date("2026-10-09"), calendar.plusWorkingDays(date("2026-09-30"), 2));
    }

    @Test
    void theSubmissionDayIsNotCountedEvenWhenItIsAHoliday() {
        // Friday 2026-09-25 is 中秋节; the weekend follows, so Monday is day 1 and Tuesday day 2.
        assertFalse(calendar.isWorkingDay(date("2026-09-25")));
        assertEquals(date("2026-09-29"), calendar.plusWorkingDays(date("2026-09-25"), 2));
        assertEquals(date("2026-09-25"), calendar.plusWorkingDays(date("2026-09-25"), 0));
    }

    @Test
    void aFridayBeforeTheSpringFestivalCountsTheMakeUpSaturdayThenSkipsTheHoliday() {
        // 2026: Saturday 02-14 is a make-up working day, 02-15 to 02-23 are off.
        assertTrue(calendar.isWorkingDay(date("2026-02-14")));
        assertEquals(date("2026-02-14"), calendar.plusWorkingDays(date("2026-02-13"), 1));
        assertEquals(date("2026-02-24"), calendar.plusWorkingDays(date("2026-02-13"), 2));
        assertEquals(date("2026-02-26"), calendar.plusWorkingDays(date("2026-02-13"), 4));
        // 2025: Friday 01-24; Sunday 01-26 is worked, 01-28 to 02-04 are off.
        assertEquals(date("2025-01-26"), calendar.plusWorkingDays(date("2025-01-24"), 1));
        assertEquals(date("2025-01-27"), calendar.plusWorkingDays(date("2025-01-24"), 2));
        assertEquals(date("2025-02-05"), calendar.plusWorkingDays(date("2025-01-24"), 3));
    }

    @Test
    void fifteenWorkingDaysAcrossNationalDayIncludeTheMakeUpSaturday() {
        // 10-08, 09, 10 (Sat, worked), 12–16, 19–23, 26, 27.
        assertEquals(date("2026-10-27"), calendar.plusWorkingDays(date("2026-09-30"), 15));
        assertEquals(15, calendar.workingDaysBetween(date("2026-09-30"), date("2026-10-27")));
        // 2024: Sunday 09-29 and Saturday 10-12 are worked.
        assertEquals(date("2024-10-23"), calendar.plusWorkingDays(date("2024-09-27"), 15));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStartUpToTheEnd() {
        assertEquals(0, calendar.workingDaysBetween(date("2026-09-30"), date("2026-09-30")));
        assertEquals(0, calendar.workingDaysBetween(date("2026-09-30"), date("2026-10-07")));
        assertEquals(1, calendar.workingDaysBetween(date("2026-09-30"), date("2026-10-08")));
        assertEquals(5, calendar.workingDaysBetween(date("2026-11-13"), date("2026-11-20")));
        assertThrows(IllegalArgumentException.class,
                () -> calendar.workingDaysBetween(date("2026-10-08"), date("2026-09-30")));
        for (int days = 0; days < 40; days++) {
            LocalDate start = date("2026-01-30");
            assertEquals(days, calendar.workingDaysBetween(start, calendar.plusWorkingDays(start, days)));
        }
    }

    @Test
    void aDeadlineIsOverdueFromMidnightBeijingTimeAfterItsLastDay() {
        Deadline acceptance = calendar.deadlineInWorkingDays(date("2026-09-30"), 2);
        assertEquals(date("2026-10-09"), acceptance.lastDay());
        assertFalse(acceptance.estimated());
        // 2026-10-09 23:59 in Beijing is 15:59 UTC; midnight is 16:00 UTC.
        assertFalse(acceptance.overdueAt(Instant.parse("2026-10-09T15:59:59Z")));
        assertTrue(acceptance.overdueAt(Instant.parse("2026-10-09T16:00:00Z")));
        assertEquals(date("2026-10-10"), WorkingDayCalendar.dateOf(Instant.parse("2026-10-09T16:00:00Z")));
    }

    @Test
    void aPeriodInCalendarDaysEndingOnARestDayMovesToTheNextWorkingDay() {
        // 15 days from 2026-09-16 is Thursday 10-01, National Day: the period ends on Thursday 10-08.
        assertEquals(date("2026-10-08"), calendar.deadlineInDays(date("2026-09-16"), 15).lastDay());
        // 15 days from 2026-09-26 is Sunday 10-11, a rest day: Monday 10-12.
        assertEquals(date("2026-10-12"), calendar.deadlineInDays(date("2026-09-26"), 15).lastDay());
        // 15 days from 2026-09-25 is Saturday 10-10, a make-up working day: it stays.
        assertEquals(date("2026-10-10"), calendar.deadlineInDays(date("2026-09-25"), 15).lastDay());
    }

    @Test
    void outsideTheKnownYearsItCountsMondayToFridayAndSaysSo() {
        assertEquals(List.of(2024, 2025, 2026), calendar.knownYears());
        assertFalse(calendar.knows(2027));
        assertTrue(calendar.isWorkingDay(date("2027-01-01")), "a Friday, as far as the calendar knows");
        Deadline intoNextYear = calendar.deadlineInWorkingDays(date("2026-12-30"), 3);
        assertEquals(date("2027-01-04"), intoNextYear.lastDay());
        assertTrue(intoNextYear.estimated());
    }

    @Test
    void eachSeededYearHasItsWeekdaysLessItsStatutoryHolidaysAsWorkingDays() {
        // 全国年节及纪念日放假办法: 11 days off until 2024, 13 from 2025 (除夕 and 5月2日 added). Make-up working
        // days only move rest days around, and a statutory day on a weekend is given back, so nothing else changes.
        assertEquals(262 - 11, workingDaysIn(2024));
        assertEquals(261 - 13, workingDaysIn(2025));
        assertEquals(261 - 13, workingDaysIn(2026));
    }

    @Test
    void everySeededDayChangesWhatItsWeekdayWouldSay() {
        for (int year = 2024; year <= 2026; year++) {
            for (CalendarDay day : calendar.schedule().inYear(year)) {
                DayEntry entry = new DayEntry(day.date(), day.kind(), day.name());
                assertEquals(entry, DayEntries.check(entry), "the admin screen would accept " + day);
            }
        }
    }

    private int workingDaysIn(int year) {
        return calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
