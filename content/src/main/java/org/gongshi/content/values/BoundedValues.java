package org.gongshi.content.values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.gongshi.content.importing.ChineseDates;

/**
 * The one reader of the amounts, whole numbers and dates that people type and files carry, on every input path.
 * Each is bounded before any arithmetic: its text by length, its digits by count, its value by range. So no input
 * can make a number whose scaling or printing costs more than the request does ({@code 1E+999999999} once did), and
 * exponents, signs, NaN and infinities are refused as text, never parsed.
 */
public final class BoundedValues {
    /** Ten trillion yuan less a fen: above any judgment, and its fen fit a long with room to sum millions. */
    public static final BigDecimal LARGEST_YUAN = new BigDecimal("9999999999999.99");
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);
    /** Longer than any amount, number or date written out; longer text is refused before it is looked at. */
    static final int LONGEST_TEXT = 40;
    private static final int FEN_DIGITS = 2;
    private static final int TEN_THOUSAND_DIGITS = 4;
    private static final int LARGEST_WHOLE_DIGITS = 9;
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1," + LARGEST_WHOLE_DIGITS + "}");

    private BoundedValues() {}

    /**
     * Yuan to the fen, as forms and listing files write them: {@code 1234.5}, {@code 1,234.50}, {@code ￥1234.50元},
     * {@code 12.3万元}, full-width digits too. At most {@link #LARGEST_YUAN}.
     */
    public static BigDecimal yuan(String text) {
        String numeral = folded(text, "金额").replace(",", "").replace("¥", "").strip();
        int shift = 0;
        if (numeral.endsWith("万元")) {
            shift = TEN_THOUSAND_DIGITS;
            numeral = numeral.substring(0, numeral.length() - 2).strip();
        } else if (numeral.endsWith("元")) {
            numeral = numeral.substring(0, numeral.length() - 1).strip();
        }
        if (numeral.startsWith("-")) {
            throw new InvalidValueException("金额不能是负数");
        }
        if (!DECIMAL.matcher(numeral).matches()) {
            throw new InvalidValueException("金额应为数字，如 1,234.50、1234.5元 或 12.3万元");
        }
        int point = numeral.indexOf('.');
        String fraction = point < 0 ? "" : numeral.substring(point + 1);
        if (fraction.length() - shift > FEN_DIGITS
                && !fraction.substring(FEN_DIGITS + shift).chars().allMatch(digit -> digit == '0')) {
            throw new InvalidValueException("金额最多精确到分（两位小数）");
        }
        if (significantDigits(point < 0 ? numeral : numeral.substring(0, point)) + shift
                > LARGEST_YUAN.precision() - FEN_DIGITS) {
            throw tooLarge();
        }
        return checkedYuan(new BigDecimal(numeral).movePointRight(shift));
    }

    /**
     * An amount that arrives as a number rather than text (from storage, say): the same bounds as {@link #yuan}, and
     * the amount with exactly two decimals. Checked without ever printing it in full.
     */
    public static BigDecimal checkedYuan(BigDecimal yuan) {
        if (yuan.signum() < 0) {
            throw new InvalidValueException("金额不能是负数");
        }
        // precision - scale is the count of integer digits; a huge exponent says so without being expanded
        if ((long) yuan.precision() - yuan.scale() > LARGEST_YUAN.precision() - FEN_DIGITS
                || yuan.compareTo(LARGEST_YUAN) > 0) {
            throw tooLarge();
        }
        if (yuan.scale() > FEN_DIGITS && yuan.stripTrailingZeros().scale() > FEN_DIGITS) {
            throw new InvalidValueException("金额最多精确到分（两位小数）");
        }
        return yuan.setScale(FEN_DIGITS, RoundingMode.UNNECESSARY);
    }

    /** Digits of a whole number without its leading zeros; no regular expression, as an import reads millions. */
    private static int significantDigits(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.length() - first;
    }

    /** A whole number from {@code smallest} (at least 0) to {@code largest}, written in digits only. */
    public static int wholeNumber(String text, int smallest, int largest) {
        String digits = folded(text, "数字").strip();
        int number = WHOLE.matcher(digits).matches() ? Integer.parseInt(digits) : -1;
        if (number < smallest || number > largest) {
            throw new InvalidValueException("应为 " + smallest + " 到 " + largest + " 之间的整数");
        }
        return number;
    }

    /** A date written 2024-05-12, 20240512, 2024年5月12日 or 二〇二四年五月十二日, from 1900 to 2099. */
    public static LocalDate date(String text) {
        LocalDate date = ChineseDates.parse(folded(text, "日期")).orElseThrow(
                () -> new InvalidValueException("日期应写作 2024-05-12 或 2024年5月12日"));
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            throw new InvalidValueException("日期应在1900年1月1日至2099年12月31日之间");
        }
        return date;
    }

    /** Full-width digits, signs and punctuation as ASCII (１２３，５ → 123,5; ￥ → ¥), after the length check. */
    private static String folded(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("请填写" + what);
        }
        if (text.length() > LONGEST_TEXT) {
            throw new InvalidValueException(what + "过长：不应超过 " + LONGEST_TEXT + " 个字符");
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static InvalidValueException tooLarge() {
        return new InvalidValueException("金额不能超过 9,999,999,999,999.99 元");
    }
}
