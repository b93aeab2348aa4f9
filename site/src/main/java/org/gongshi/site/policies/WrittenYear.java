package org.gongshi.site.policies;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.content.numbers.DocumentNumbers;
import org.gongshi.content.policies.PolicyText;

/**
 * What a policy text tells of when it was written, when it prints no 成文日期: the year of its own 文号
 * (云法治委〔2022〕2号 was issued in 2022), or else the earliest year its text dates anything in ("至2017年10月31日"), which
 * a text written for those dates cannot be much later than. The page says which of the two it is.
 */
record WrittenYear(int year, Source source) {
    enum Source {
        DOCUMENT_NUMBER,
        BODY
    }

    /** In a 文号's canonical form, whatever brackets or widths it was written with (see {@link DocumentNumbers}). */
    private static final Pattern NUMBER_YEAR = Pattern.compile("〔((?:19|20)\\d{2})〕");
    /** A year with a month after it: a date, not a count ("三年") nor a name ("2017年执行工作视频会议"). */
    private static final Pattern DATED_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*\\d{1,2}\\s*月");

    static Optional<WrittenYear> of(PolicyText text) {
        if (text.writtenOn() != null) {
            return Optional.empty();
        }
        Optional<Integer> numbered = first(NUMBER_YEAR, DocumentNumbers.canonical(text.documentNumber()));
        if (numbered.isPresent()) {
            return Optional.of(new WrittenYear(numbered.get(), Source.DOCUMENT_NUMBER));
        }
        return earliest(text.body()).map(year -> new WrittenYear(year, Source.BODY));
    }

    private static Optional<Integer> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private static Optional<Integer> earliest(String body) {
        if (body == null) {
            return Optional.empty();
        }
        return DATED_YEAR.matcher(body).results().map(found -> Integer.parseInt(found.group(1)))
                .min(Integer::compare);
    }
}
