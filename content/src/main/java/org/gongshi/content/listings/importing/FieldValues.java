package org.gongshi.content.listings.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.gongshi.content.importing.ChineseDates;

/** Reads the dates and amounts of a row in the forms listing files use. */
final class FieldValues {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private FieldValues() {}

    /** 2016年05月12日, 2016-05-12 or 20160512; null when blank. */
    static LocalDate date(SourceRow row, ListingColumn column) throws RowRejected {
        String text = row.value(column);
        if (text == null) {
            return null;
        }
        return ChineseDates.parse(text).orElseThrow(
                () -> new RowRejected("“" + column.label() + "”不是有效日期：" + text));
    }

    /** 1,234.50, 1234.5元 or 12.3万元 in yuan; null when blank. */
    static BigDecimal amount(SourceRow row, ListingColumn column) throws RowRejected {
        String text = row.value(column);
        if (text == null) {
            return null;
        }
        String digits = text.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").strip();
        BigDecimal scale = BigDecimal.ONE;
        if (digits.endsWith("万元")) {
            scale = TEN_THOUSAND;
            digits = digits.substring(0, digits.length() - 2);
        } else if (digits.endsWith("元")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        try {
            BigDecimal amount = new BigDecimal(digits.strip()).multiply(scale);
            if (amount.signum() < 0) {
                throw new RowRejected("“" + column.label() + "”不能是负数：" + text);
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                throw new RowRejected("“" + column.label() + "”不能精确到分：" + text);
            }
            return amount;
        } catch (NumberFormatException notAnAmount) {
            throw new RowRejected("“" + column.label() + "”不是有效金额：" + text);
        }
    }

    /** A whole number of years; null when blank or not a number (the national files write 0 for organisations). */
    static Integer age(SourceRow row) {
        String text = row.value(ListingColumn.AGE);
        if (text == null) {
            return null;
        }
        try {
            int age = Integer.parseInt(text.replace("岁", "").strip());
            return age > 0 ? age : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
