package org.gongshi.site.staff;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Shapes a guesser tries before any list, and which the bundled list therefore leaves out: one unit repeated
 * (88888888, 12121212, woaini1314woaini1314), a straight run (12345678, abcdefgh, 987654321) and an eight-digit date
 * (19880512, 12052019), the birthday passwords so common in China.
 */
final class PasswordShapes {
    private PasswordShapes() {}

    /** {@code normalized}: NFKC, lower case. */
    static boolean predictable(String normalized) {
        int[] points = normalized.codePoints().toArray();
        return repeated(points) || run(points) || date(normalized);
    }

    private static boolean repeated(int[] points) {
        for (int unit = 1; unit <= points.length / 2; unit++) {
            if (points.length % unit == 0 && repeats(points, unit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeats(int[] points, int unit) {
        for (int index = unit; index < points.length; index++) {
            if (points[index] != points[index - unit]) {
                return false;
            }
        }
        return true;
    }

    private static boolean run(int[] points) {
        if (points.length < 3) {
            return false;
        }
        int step = points[1] - points[0];
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int index = 2; index < points.length; index++) {
            if (points[index] - points[index - 1] != step) {
                return false;
            }
        }
        return true;
    }

    private static boolean date(String normalized) {
        if (!normalized.matches("[0-9]{8}")) {
            return false;
        }
        int first4 = Integer.parseInt(normalized.substring(0, 4));
        int middle2 = Integer.parseInt(normalized.substring(4, 6));
        int last2 = Integer.parseInt(normalized.substring(6, 8));
        int last4 = Integer.parseInt(normalized.substring(4, 8));
        int first2 = Integer.parseInt(normalized.substring(0, 2));
        int second2 = Integer.parseInt(normalized.substring(2, 4));
        return valid(first4, middle2, last2) || valid(last4, second2, first2) || valid(last4, first2, second2);
    }

    private static boolean valid(int year, int month, int day) {
        if (year < 1900 || year > 2099) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
