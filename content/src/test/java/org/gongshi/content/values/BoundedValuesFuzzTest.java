package org.gongshi.content.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The amount and date readers fed arbitrary text: they accept or refuse with {@link InvalidValueException}, nothing
 * else escapes (no ArithmeticException, NumberFormatException or OutOfMemoryError), and whatever they accept is
 * within bounds and reads back the same from its plain form. Without JAZZER_FUZZ the stored inputs under
 * BoundedValuesFuzzTestInputs (1E+999999999 among them) replay as ordinary tests.
 */
class BoundedValuesFuzzTest {
    @FuzzTest
    void amounts(byte[] input) {
        String typed = new String(input, StandardCharsets.UTF_8);
        BigDecimal yuan;
        try {
            yuan = BoundedValues.yuan(typed);
        } catch (InvalidValueException refused) {
            return;
        }
        assertEquals(2, yuan.scale(), typed);
        assertTrue(yuan.signum() >= 0 && yuan.compareTo(BoundedValues.LARGEST_YUAN) <= 0, typed);
        assertEquals(yuan, BoundedValues.yuan(yuan.toPlainString()), typed);
        assertEquals(yuan, BoundedValues.checkedYuan(yuan), typed);
    }

    @FuzzTest
    void dates(byte[] input) {
        String typed = new String(input, StandardCharsets.UTF_8);
        LocalDate date;
        try {
            date = BoundedValues.date(typed);
        } catch (InvalidValueException refused) {
            return;
        }
        assertTrue(!date.isBefore(BoundedValues.EARLIEST_DATE) && !date.isAfter(BoundedValues.LATEST_DATE), typed);
        assertEquals(date, BoundedValues.date(date.toString()), typed);
    }
}
