package org.gongshi.index;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.content.numbers.DocumentNumbers;

/** Finds 文号 and 案号 cited in running text, such as 《…》（中法委发〔2019〕1号）, in their canonical form. */
final class CitedNumbers {
    // In canonical text: an issuer prefix, 〔year〕, an optional court code such as 京0105执, a serial, 号.
    private static final Pattern NUMBER =
            Pattern.compile("([\\p{IsHan}A-Za-z]{0,12})(〔\\d{4}〕[\\p{IsHan}A-Za-z0-9]{0,16}?\\d+号)");

    private CitedNumbers() {}

    /**
     * Every cited number, once with each possible start of its prefix: running text gives no word boundary, so
     * 根据国办发〔2022〕35号 yields 国办发〔2022〕35号 among others.
     */
    static Set<String> in(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher matcher = NUMBER.matcher(DocumentNumbers.canonical(text));
        while (matcher.find()) {
            String prefix = matcher.group(1);
            if (prefix.isEmpty()) {
                numbers.add(matcher.group(2));
            }
            for (int start = 0; start < prefix.length(); start++) {
                numbers.add(prefix.substring(start) + matcher.group(2));
            }
        }
        return numbers;
    }

    /** Whether the canonical form of what a user typed reads as one whole 文号 or 案号. */
    static boolean isNumber(String canonical) {
        return NUMBER.matcher(canonical).matches();
    }
}
