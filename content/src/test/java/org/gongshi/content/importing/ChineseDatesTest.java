package org.gongshi.content.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {
    @ParameterizedTest
    @CsvSource({
        "2012-02-03, 2012-02-03",
        "20120203, 2012-02-03",
        "2012年2月3日, 2012-02-03",
        "2012年02月03日, 2012-02-03",
        "' 2012 年 2 月 3 日 ', 2012-02-03",
        "2012.2.3, 2012-02-03",
        "2012/12/31, 2012-12-31",
        "二〇一二年二月三日, 2012-02-03",
        "二〇一二年十二月三十一日, 2012-12-31",
    })
    void readsTheWaysDocumentsWriteADate(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), ChineseDates.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"2012-02-30", "2012-13-01", "2012-2", "2012年2月3日日", "2012-123-4", "2012--03", "明天"})
    void readsNothingElse(String text) {
        assertEquals(Optional.empty(), ChineseDates.parse(text));
    }

    /** The hand-read form must answer exactly what the regular expression it stands in for answers. */
    @Test
    void datesWithoutSpacesReadAsTheSeparatedExpressionReadsThem() {
        Pattern separated = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?");
        String alphabet = "0123456789012345678901-./年月日 x";
        Random random = new Random(20261122);
        for (int sample = 0; sample < 50_000; sample++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "20" + random.nextInt(10) + random.nextInt(10)
                    : "");
            for (int length = random.nextInt(9); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            if (!candidate.strip().matches("\\d{8}") && !candidate.contains(" ")) {
                assertEquals(expected(separated.matcher(candidate.strip())), ChineseDates.parse(candidate), candidate);
            }
        }
    }

    private static Optional<LocalDate> expected(Matcher matcher) {
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
