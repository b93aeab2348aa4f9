package org.gongshi.plugin.objections;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The working days deadlines are counted in. The day a period starts from is not counted (民事诉讼法 第八十五条): two
 * working days from a Friday end on the Tuesday after.
 */
interface WorkingDays {
    /** The date {@code days} working days after {@code start}. */
    LocalDate plusWorkingDays(LocalDate start, int days);

    /** The working days after {@code start} up to and including {@code end}. */
    int workingDaysBetween(LocalDate start, LocalDate end);

    /** "Within {@code days} days": calendar days, moved to the next working day when the last one is a rest day. */
    LocalDate plusDays(LocalDate start, int days);

    /** Monday to Friday alone, for tests and before a holiday calendar is at hand. */
    static WorkingDays mondayToFriday() {
        return new WorkingDays() {
            @Override
            public LocalDate plusWorkingDays(LocalDate start, int days) {
                LocalDate date = start;
                for (int counted = 0; counted < days; ) {
                    date = date.plusDays(1);
                    if (isWorkingDay(date)) {
                        counted++;
                    }
                }
                return date;
            }

            @Override
            public int workingDaysBetween(LocalDate start, LocalDate end) {
                int days = 0;
                for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
                    days += isWorkingDay(date) ? 1 : 0;
                }
                return days;
            }

            @Override
            public LocalDate plusDays(LocalDate start, int days) {
                LocalDate date = start.plusDays(days);
                while (!isWorkingDay(date)) {
                    date = date.plusDays(1);
                }
                return date;
            }

            private boolean isWorkingDay(LocalDate date) {
                return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
            }
        };
    }
}
