package org.gongshi.content.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** The arithmetic of GB 11643: the MOD 11-2 check symbol and the embedded birth date. */
final class ResidentIdDigits {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_SYMBOLS = "10X98765432";
    /** Birth dates are judged on the calendar of the courts that list people, whatever the server's zone. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int EARLIEST_BIRTH_YEAR = 1900;

    private ResidentIdDigits() {}

    static void requireDigits(String number, int count) {
        for (int index = 0; index < count; index++) {
            char symbol = number.charAt(index);
            if (symbol < '0' || symbol > '9') {
                String which = count == 17 ? "前17位" : "15位号码";
                throw new InvalidIdentifierException("居民身份证号码的" + which + "应全为数字，第" + (index + 1) + "位是"
                        + IdentifierText.quoted(number, index));
            }
        }
    }

    static char checkSymbol(String seventeenDigits) {
        int sum = 0;
        for (int index = 0; index < 17; index++) {
            sum += (seventeenDigits.charAt(index) - '0') * WEIGHTS[index];
        }
        return CHECK_SYMBOLS.charAt(sum % 11);
    }

    static LocalDate birthDate(String yearMonthDay) {
        int year = Integer.parseInt(yearMonthDay.substring(0, 4));
        int month = Integer.parseInt(yearMonthDay.substring(4, 6));
        int day = Integer.parseInt(yearMonthDay.substring(6, 8));
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            throw new InvalidIdentifierException("居民身份证号码中的出生日期“" + yearMonthDay + "”不存在");
        }
        if (year < EARLIEST_BIRTH_YEAR) {
            throw new InvalidIdentifierException("居民身份证号码中的出生日期“" + yearMonthDay + "”早于1900年");
        }
        if (birthDate.isAfter(LocalDate.now(CHINA))) {
            throw new InvalidIdentifierException("居民身份证号码中的出生日期“" + yearMonthDay + "”晚于今天");
        }
        return birthDate;
    }
}
