package org.gongshi.site.listings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongshi.content.identifiers.CaseNumber;
import org.gongshi.content.identifiers.InvalidIdentifierException;

/**
 * A general search that looks like a lookup in the list of dishonest judgment debtors — a person's or an
 * organisation's name, a 案号, an ID number or credit code — carried over to /listings. A name or 案号 goes in the
 * link's address; a number does not ({@code url} is null): the page posts it, as the lookup form does.
 */
public record Lookup(String text, String field, String url) {
    /** Digits and letters, six digits at least: someone's ID number or code, whole or masked. */
    static final Pattern IDENTIFIER_LIKE =
            Pattern.compile("(?=(?:.*[0-9０-９]){6})[0-9A-Za-z０-９Ａ-Ｚａ-ｚ*＊\\s-]{8,25}");
    /** Most people's names; a four-character query is more often a topic (信用修复), offered only when nothing matched. */
    private static final int LONGEST_PERSONAL_NAME = 3;
    private static final Pattern CHINESE_NAME = Pattern.compile("[\\p{IsHan}·（）()]{2,40}");
    private static final List<String> ORGANISATIONS = List.of("公司", "政府", "委员会", "局", "厅", "院", "所", "中心",
            "学校", "大学", "医院", "集团", "合作社", "银行", "村委会", "居委会", "办事处", "管委会");

    /**
     * The lookup {@code text} suggests, if it suggests one; {@code anyName}: treat any Chinese text as a name (when
     * the general search found nothing, the list is the next place to look).
     */
    public static Optional<Lookup> suggestedBy(String text, boolean anyName) {
        String typed = text == null ? "" : text.strip();
        if (IDENTIFIER_LIKE.matcher(typed).matches()) {
            return Optional.of(new Lookup(typed, "id", null));
        }
        if (isCaseNumber(typed)) {
            return Optional.of(new Lookup(typed, "caseNo", link("caseNo", typed)));
        }
        if (CHINESE_NAME.matcher(typed).matches() && (anyName || typed.length() <= LONGEST_PERSONAL_NAME
                || ORGANISATIONS.stream().anyMatch(typed::endsWith))) {
            return Optional.of(new Lookup(typed, "name", link("name", typed)));
        }
        return Optional.empty();
    }

    static boolean isCaseNumber(String text) {
        // Every 案号 ends in 号: a name has none, and is told apart without the parser's exception.
        if (text.indexOf('号') < 0) {
            return false;
        }
        try {
            CaseNumber.parse(text);
            return true;
        } catch (InvalidIdentifierException notOne) {
            return false;
        }
    }

    private static String link(String field, String value) {
        return "/listings?" + field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
