package org.gongshi.content.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedValuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234.5|1234.50", "1,234.50|1234.50", "￥1,234.50元|1234.50", "12.3万元|123000.00", "0.000001万元|0.01",
        "１２３４．５|1234.50", "0|0.00", "007|7.00", "1.500|1.50", "9999999999999.99|9999999999999.99",
        "999999999.999999万元|9999999999999.99"})
    void amountsAsFormsAndFilesWriteThem(String typed, String yuan) {
        assertEquals(new BigDecimal(yuan), BoundedValues.yuan(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1E+30", "1e3", "NaN", "Infinity", "-5", "－5", "0x10", "1.2.3", "1.234",
        "10000000000000", "123456789012345678901234567890", "1000000000万元", "0.0000001万元", "+5", "五百元", " ",
        "1 000", "99999999999999999999999999999999999999999"})
    void amountsOutOfBoundsOrNotWrittenAsAmountsAreRefusedInChinese(String typed) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> BoundedValues.yuan(typed));
        assertEquals(true, refused.getMessage().matches(".*[\\u4e00-\\u9fff].*"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1E+30", "-1", "1E-999999999", "0.001"})
    void numbersFromElsewhereAreCheckedWithoutBeingExpanded(String number) {
        // 1E+999999999 printed in full is a billion characters: the check must not print it
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThrows(InvalidValueException.class, () -> BoundedValues.checkedYuan(new BigDecimal(number))));
    }

    @ParameterizedTest
    @CsvSource({"2016-05-12,2016-05-12", "20160512,2016-05-12", "2016年5月12日,2016-05-12",
        "二〇一六年五月十二日,2016-05-12", "１９００－０１－０１,1900-01-01", "2099-12-31,2099-12-31"})
    void datesAsFormsAndFilesWriteThem(String typed, LocalDate date) {
        assertEquals(date, BoundedValues.date(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "1899-12-31", "2100-01-01", "0001-01-01", "2016-02-30", "2016-13-01",
        "99999999999999999999", "yesterday", ""})
    void datesOutOfRangeOrNotDatesAreRefused(String typed) {
        assertThrows(InvalidValueException.class, () -> BoundedValues.date(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17", "151", "-20", "1E2", "30.5", "123456789012345678901234567890", "2147483648"})
    void wholeNumbersOutsideTheirRangeAreRefused(String typed) {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> BoundedValues.wholeNumber(typed, 18, 150));
        assertEquals("应为 18 到 150 之间的整数", refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"18,18", "150,150", "０４２,42"})
    void wholeNumbersInRange(String typed, int number) {
        assertEquals(number, BoundedValues.wholeNumber(typed, 18, 150));
    }
}
