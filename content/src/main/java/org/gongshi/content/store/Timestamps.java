package org.gongshi.content.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Instants as fixed-width ISO-8601 UTC text, so that text order is time order in any database. */
public final class Timestamps {
    private static final int WIDTH = "2026-01-01T00:00:00.000000Z".length();
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /** Microseconds are what PostgreSQL keeps, so the same instant reads back on either database. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** Reads what {@link #format} wrote by hand (a list page reads three per row, and Instant.parse is slow), else ISO. */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == WIDTH && text.charAt(4) == '-' && text.charAt(10) == 'T' && text.charAt(19) == '.'
                && text.charAt(26) == 'Z') {
            try {
                return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                        number(text, 11, 13), number(text, 14, 16), number(text, 17, 19),
                        number(text, 20, 26) * 1_000).toInstant(ZoneOffset.UTC);
            } catch (NumberFormatException | DateTimeException notFixedWidth) {
                // falls through to the general reader, which explains what is wrong
            }
        }
        return Instant.parse(text);
    }

    private static int number(String text, int start, int end) {
        for (int index = start; index < end; index++) {
            if (text.charAt(index) < '0' || text.charAt(index) > '9') {
                throw new NumberFormatException(text);
            }
        }
        return Integer.parseInt(text, start, end, 10);
    }
}
