package org.gongshi.site.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** Dates as readers of Chinese official documents expect them: 2023年5月31日. */
public final class ChineseDates {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private ChineseDates() {}

    public static String format(TemporalAccessor date) {
        return date == null ? "" : FORMAT.format(date instanceof LocalDate ? date : LocalDate.from(date));
    }
}
