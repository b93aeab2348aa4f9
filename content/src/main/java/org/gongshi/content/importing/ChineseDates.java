package org.gongshi.content.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the ways documents write a date: 2012-02-03, 20120203, 2012年2月3日, 二〇一二年二月三日, 2012.2.3. */
public final class ChineseDates {
    private static final String NUMERALS = "〇零一二三四五六七八九十";
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern WRITTEN = Pattern.compile(
            "([" + NUMERALS + "○Ｏ]{4})年([" + NUMERALS + "]{1,3})月([" + NUMERALS + "]{1,3})日");
    /** A line that is only a date, optionally in brackets, as under a title or after the signature. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "[（(]?\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[" + NUMERALS + "○Ｏ]{4}年["
                    + NUMERALS + "]{1,3}月[" + NUMERALS + "]{1,3}日)\\s*[)）]?");

    private ChineseDates() {}

    /** The date {@code text} is, entirely; empty when it is not one. */
    public static Optional<LocalDate> parse(String text) {
        String trimmed = text.strip();
        int monthEnd = plainMonthEnd(trimmed);
        if (monthEnd > 0) {
            return date(Integer.parseInt(trimmed, 0, 4, 10), Integer.parseInt(trimmed, 5, monthEnd, 10),
                    Integer.parseInt(trimmed, monthEnd + 1, plainDayEnd(trimmed), 10));
        }
        Matcher matcher = COMPACT.matcher(trimmed);
        if (!matcher.matches()) {
            matcher = SEPARATED.matcher(trimmed);
        }
        if (matcher.matches()) {
            return date(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        }
        matcher = WRITTEN.matcher(trimmed);
        if (matcher.matches()) {
            return date(digitByDigit(matcher.group(1)), counted(matcher.group(2)), counted(matcher.group(3)));
        }
        return Optional.empty();
    }

    /**
     * Where the month ends in a date that {@link #SEPARATED} reads and that has no spaces (2012-02-03, 2012年2月3日);
     * -1 for any other text. Checked by hand because an import reads three dates on each of a million rows.
     */
    private static int plainMonthEnd(String text) {
        int length = text.length();
        if (length < 8 || length > 11 || !digits(text, 0, 4) || "-./年".indexOf(text.charAt(4)) < 0) {
            return -1;
        }
        int monthEnd = 5;
        while (monthEnd < 7 && isDigit(text.charAt(monthEnd))) {
            monthEnd++;
        }
        if (monthEnd == 5 || "-./月".indexOf(text.charAt(monthEnd)) < 0) {
            return -1;
        }
        int dayLength = plainDayEnd(text) - monthEnd - 1;
        return dayLength >= 1 && dayLength <= 2 && digits(text, monthEnd + 1, plainDayEnd(text)) ? monthEnd : -1;
    }

    private static int plainDayEnd(String text) {
        return text.charAt(text.length() - 1) == '日' ? text.length() - 1 : text.length();
    }

    private static boolean digits(String text, int from, int to) {
        for (int index = from; index < to; index++) {
            if (!isDigit(text.charAt(index))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char symbol) {
        return symbol >= '0' && symbol <= '9';
    }

    /** The date on a line that holds nothing else, such as （2012年2月3日）. */
    static Optional<LocalDate> fromDateLine(String line) {
        Matcher matcher = DATE_LINE.matcher(line.strip());
        return matcher.matches() ? parse(matcher.group(1).replaceAll("\\s+", "")) : Optional.empty();
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static int digitByDigit(String year) {
        int value = 0;
        for (char digit : year.toCharArray()) {
            value = value * 10 + digitValue(digit);
        }
        return value;
    }

    /** 三 → 3, 十二 → 12, 二十一 → 21, 三十 → 30. */
    private static int counted(String numerals) {
        int tens = numerals.indexOf('十');
        if (tens < 0) {
            return digitValue(numerals.charAt(0));
        }
        int high = tens == 0 ? 1 : digitValue(numerals.charAt(0));
        int low = tens == numerals.length() - 1 ? 0 : digitValue(numerals.charAt(tens + 1));
        return high * 10 + low;
    }

    private static int digitValue(char numeral) {
        return switch (numeral) {
            case '〇', '零', '○', 'Ｏ' -> 0;
            default -> NUMERALS.indexOf(numeral) - 1;
        };
    }
}
