package org.gongshi.content.identifiers;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.content.numbers.DocumentNumbers;

/** Reads a 案号 after {@link DocumentNumbers} has folded its brackets to 〔 〕, its digits to ASCII and its spaces away. */
final class CaseNumberParser {
    private static final Pattern YEAR = Pattern.compile("〔([^〕]*)〕(.*)");
    /** The year typed without its brackets, as people do: 2023京0105执1234号. */
    private static final Pattern BARE_YEAR = Pattern.compile("([0-9]{4})(\\p{IsHan}.*)");
    /** Since 2016 the court code is 最高法 or a province's one-character abbreviation, with digits below the high court. */
    private static final Pattern CURRENT = Pattern.compile("(最高法|\\p{IsHan}[0-9]*)(\\p{IsHan}+)([0-9]+)号");
    /** Before 2016: a free court abbreviation, the type, then 字第; the type starts with the kind of case. */
    private static final Pattern LEGACY =
            Pattern.compile("(\\p{IsHan}+?)([执民刑行财赔商知破][\\p{IsHan}]*?)字第([0-9]+)号");
    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");
    private static final int EARLIEST_YEAR = 1980;
    private static final int LATEST_YEAR = 2100;
    private static final String EXAMPLE = "，如（2023）京0105执1234号";

    private CaseNumberParser() {}

    static CaseNumber parse(String raw) {
        requireNonNull(raw, "raw");
        String number = DocumentNumbers.canonical(raw);
        if (number.isEmpty()) {
            throw new InvalidIdentifierException("请填写案号");
        }
        Matcher bare = BARE_YEAR.matcher(number);
        if (bare.matches()) {
            number = "〔" + bare.group(1) + "〕" + bare.group(2);
        }
        Matcher year = YEAR.matcher(number);
        if (!year.matches()) {
            throw new InvalidIdentifierException("案号应以括号中的年度开头" + EXAMPLE);
        }
        int parsedYear = year(year.group(1));
        String rest = year.group(2);
        if (!rest.endsWith("号")) {
            throw new InvalidIdentifierException("案号应以“号”结尾" + EXAMPLE);
        }
        Matcher legacy = LEGACY.matcher(rest);
        if (legacy.matches()) {
            return new CaseNumber(parsedYear, legacy.group(1), legacy.group(2), legacy.group(3), true);
        }
        Matcher current = CURRENT.matcher(rest);
        if (current.matches()) {
            return new CaseNumber(parsedYear, current.group(1), current.group(2), current.group(3), false);
        }
        throw new InvalidIdentifierException(whatIsMissing(rest));
    }

    private static int year(String digits) {
        if (!FOUR_DIGITS.matcher(digits).matches()) {
            throw new InvalidIdentifierException("案号的年度应为括号中的四位数字" + EXAMPLE);
        }
        int year = Integer.parseInt(digits);
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new InvalidIdentifierException("案号的年度" + year + "不在" + EARLIEST_YEAR + "至" + LATEST_YEAR + "年之间");
        }
        return year;
    }

    /** Names the first part that is wrong, reading after the year as a clerk would. */
    private static String whatIsMissing(String rest) {
        String beforeNumberSign = rest.substring(0, rest.length() - 1);
        if (beforeNumberSign.isEmpty() || !Character.isIdeographic(beforeNumberSign.codePointAt(0))) {
            return "案号缺少年度后的法院代字" + EXAMPLE;
        }
        if (!Character.isDigit(beforeNumberSign.charAt(beforeNumberSign.length() - 1))) {
            return "案号缺少“号”前的编号" + EXAMPLE;
        }
        return "案号的法院代字、类型代字或编号不可识别" + EXAMPLE;
    }
}
