package org.gongshi.content.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    @Test
    void whatIsWrittenReadsBackToTheMicrosecond() {
        for (Instant instant : List.of(Instant.parse("2026-12-02T08:06:39.123456Z"),
                Instant.parse("1999-12-31T23:59:59Z"), Instant.parse("2024-02-29T00:00:00.000001Z"),
                Timestamps.truncate(Instant.now()))) {
            assertEquals(instant, Timestamps.parse(Timestamps.format(instant)), instant.toString());
        }
    }

    @Test
    void otherIsoFormsStillReadAndNonsenseIsRefused() {
        assertEquals(Instant.parse("2026-03-01T08:00:00Z"), Timestamps.parse("2026-03-01T08:00:00Z"));
        assertNull(Timestamps.parse(null));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2026-13-01T08:00:00.000000Z"));
        assertThrows(DateTimeParseException.class, () -> Timestamps.parse("2026-0x-01T08:00:00.000000Z"));
    }
}
