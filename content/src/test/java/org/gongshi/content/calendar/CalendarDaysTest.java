package org.gongshi.content.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.audit.AuditEntry;
import org.gongshi.content.audit.AuditFilter;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.calendar.InvalidDayEntryException.Reason;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing the calendar: the answers change at once, every edit is audited, meaningless entries change nothing. */
class CalendarDaysTest {
    private static final LocalDate FRIDAY = LocalDate.parse("2026-12-25");
    private static final LocalDate SATURDAY = LocalDate.parse("2026-12-26");

    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private Database database;
    private AuditLog audit;
    private CalendarDays days;

    @BeforeEach
    void open() {
        database = Storage.migrated(directory);
        audit = new AuditLog(database, clock);
        days = new CalendarDays(database, audit, clock);
    }

    @Test
    void anAddedHolidayMovesTheDeadlineAndIsAudited() {
        WorkingDayCalendar calendar = days.calendar();
        assertEquals(FRIDAY, calendar.plusWorkingDays(FRIDAY.minusDays(1), 1));

        CalendarDay added = days.set(new DayEntry(FRIDAY, DayKind.HOLIDAY, "  临时放假 "), "admin1", "10.0.0.7");

        assertEquals("临时放假", added.name());
        assertFalse(calendar.isWorkingDay(FRIDAY));
        assertEquals(FRIDAY.plusDays(3), calendar.plusWorkingDays(FRIDAY.minusDays(1), 1));
        assertEquals(Optional.of(added), calendar.listed(FRIDAY));
        AuditEntry entry = audit.list(AuditFilter.everything(), 1, 1).items().get(0);
        assertEquals("admin1", entry.event().actor());
        assertEquals("calendar.set", entry.event().action());
        assertEquals(Optional.of("2026-12-25"), entry.event().objectId());
        assertEquals(Optional.of("10.0.0.7"), entry.event().client());
        assertEquals(Optional.of("放假：临时放假"), entry.event().detail());
    }

    @Test
    void aChangedDayKeepsOneRowAndTheAuditSaysWhatItWas() {
        days.set(new DayEntry(SATURDAY, DayKind.WORKDAY, "调休上班"), "admin1", null);
        clock.advance(Duration.ofMinutes(5));

        days.set(new DayEntry(SATURDAY, DayKind.WORKDAY, "元旦调休上班"), "admin2", null);

        CalendarDay stored = days.inYear(2026).stream().filter(day -> day.date().equals(SATURDAY)).findFirst()
                .orElseThrow();
        assertEquals("元旦调休上班", stored.name());
        assertEquals("admin2", stored.changedBy());
        assertEquals(Instant.parse("2026-11-22T01:05:00Z"), stored.changedAt());
        assertEquals(Optional.of("调休上班：元旦调休上班（原为调休上班：调休上班）"),
                audit.list(AuditFilter.everything(), 1, 1).items().get(0).event().detail());
    }

    @Test
    void aRemovedDayFallsBackToItsWeekdayAndTheFirstDayOfANewYearMakesItKnown() {
        LocalDate newYear = LocalDate.parse("2027-01-01");
        days.set(new DayEntry(newYear, DayKind.HOLIDAY, "元旦"), "admin1", null);
        assertTrue(days.calendar().knows(2027));

        assertTrue(days.remove(newYear, "admin1", null));

        assertTrue(days.calendar().isWorkingDay(newYear));
        assertFalse(days.calendar().knows(2027));
        assertFalse(days.remove(newYear, "admin1", null), "nothing left to remove");
        assertEquals(List.of("calendar.remove", "calendar.set"), audit.list(AuditFilter.everything(), 1, 10).items()
                .stream().map(entry -> entry.event().action()).toList());
    }

    @Test
    void anEditSurvivesARestart() {
        days.set(new DayEntry(FRIDAY, DayKind.HOLIDAY, "临时放假"), "admin1", null);

        CalendarDays reopened = new CalendarDays(database, audit, clock);

        assertFalse(reopened.calendar().isWorkingDay(FRIDAY));
    }

    @Test
    void entriesThatWouldChangeNothingAreRefusedAndNothingIsWritten() {
        assertRefused(Reason.HOLIDAY_ON_WEEKEND, new DayEntry(SATURDAY, DayKind.HOLIDAY, "周末"));
        assertRefused(Reason.WORKDAY_ON_WEEKDAY, new DayEntry(FRIDAY, DayKind.WORKDAY, "上班"));
        assertRefused(Reason.NAME_MISSING, new DayEntry(FRIDAY, DayKind.HOLIDAY, "   "));
        assertRefused(Reason.NAME_TOO_LONG, new DayEntry(FRIDAY, DayKind.HOLIDAY, "假".repeat(21)));
        assertRefused(Reason.NAME_CONTROL_CHARACTER, new DayEntry(FRIDAY, DayKind.HOLIDAY, "元旦\n放假"));
        days.set(new DayEntry(FRIDAY, DayKind.HOLIDAY, "假".repeat(20)), "admin1", null);
    }

    private void assertRefused(Reason reason, DayEntry entry) {
        InvalidDayEntryException refused = assertThrows(InvalidDayEntryException.class,
                () -> days.set(entry, "admin1", null));
        assertEquals(reason, refused.reason());
        assertEquals(0, audit.list(AuditFilter.everything(), 1, 1).total());
        assertTrue(days.calendar().listed(entry.date()).isEmpty());
    }
}
