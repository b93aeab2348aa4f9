package org.gongshi.plugin;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Chinese working days from the holiday and make-up working day (调休) calendar administrators keep, for deadlines such
 * as "within 2 working days". Always current: an administrator's change applies to the next question. The day a period
 * starts from is never counted.
 *
 * @since 0.1
 */
public interface WorkingDays {
    /** The zone every period is counted in: a date is a Beijing date. */
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * The date {@code workingDays} working days after {@code start}; zero gives {@code start} itself.
     *
     * @since 0.1
     */
    LocalDate plusWorkingDays(LocalDate start, int workingDays);

    /**
     * The working days after {@code start} up to and including {@code end}, e.g. for statistics.
     *
     * @since 0.1
     */
    int workingDaysBetween(LocalDate start, LocalDate end);

    /**
     * The last day of "within {@code days} days of {@code start}" in calendar days, moved to the next working day when
     * it is a rest day (民事诉讼法 第八十五条).
     *
     * @since 0.1
     */
    LocalDate lastDayWithinDays(LocalDate start, int days);

    /**
     * Whether administrators entered the holidays of {@code year}; otherwise its answers only guess (weekends only).
     *
     * @since 0.1
     */
    boolean knows(int year);
}
