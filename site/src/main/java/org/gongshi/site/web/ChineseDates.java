package org.gongshi.site.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** Dates as readers of Chinese official documents expect them: 2023年5月31日; times of day in Beijing time. */
public final class ChineseDates {
    /** The zone every time staff type or read is in, whatever the server's own zone. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm")
            .withZone(BEIJING);

    private ChineseDates() {}

    /** e.g. 2026年11月22日 10:15, in Beijing time. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String format(TemporalAccessor date) {
        return date == null ? "" : FORMAT.format(date instanceof LocalDate ? date : LocalDate.from(date));
    }
}
