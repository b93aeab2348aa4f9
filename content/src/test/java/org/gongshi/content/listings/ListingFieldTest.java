package org.gongshi.content.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingFieldTest {
    @Test
    void datesAreStoredExactlyAsLocalDateWritesThem() {
        for (LocalDate day = LocalDate.of(1899, 1, 1); day.getYear() < 2200; day = day.plusDays(1)) {
            assertEquals(day.toString(), ListingField.text(day));
        }
        for (LocalDate day : List.of(LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(10_000, 1, 1), LocalDate.of(-5, 6, 7))) {
            assertEquals(day.toString(), ListingField.text(day));
        }
        assertEquals(null, ListingField.text((LocalDate) null));
    }
}
