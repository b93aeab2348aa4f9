package org.gongshi.content.importing;

import java.util.regex.Pattern;

/**
 * Removes the spaces PDF extraction leaves between Chinese text and numbers ("等 19 个部门") or around full-width
 * punctuation. Spaces between Latin words, and after an enumeration mark such as "1. ", are real and stay.
 */
final class CjkSpacing {
    private static final Pattern HAN_THEN_NUMBER = Pattern.compile("(?<=[\\p{IsHan}])[ \\t\\u3000]+(?=[0-9%])");
    private static final Pattern NUMBER_THEN_HAN = Pattern.compile("(?<=[0-9%])[ \\t\\u3000]+(?=[\\p{IsHan}])");
    private static final Pattern BEFORE_FULL_WIDTH = Pattern.compile("[ \\t\\u3000]+(?=[，。；：、！？）》”’〕】])");
    private static final Pattern AFTER_FULL_WIDTH = Pattern.compile("(?<=[，。；：、！？（《“‘〔【])[ \\t\\u3000]+");
    private static final Pattern BETWEEN_HAN = Pattern.compile("(?<=[\\p{IsHan}《》“”（）])[ \\t\\u3000]+(?=[\\p{IsHan}《》“”（）])");

    private CjkSpacing() {}

    static String clean(String paragraph) {
        String cleaned = HAN_THEN_NUMBER.matcher(paragraph).replaceAll("");
        cleaned = NUMBER_THEN_HAN.matcher(cleaned).replaceAll("");
        cleaned = BEFORE_FULL_WIDTH.matcher(cleaned).replaceAll("");
        return AFTER_FULL_WIDTH.matcher(cleaned).replaceAll("");
    }

    /** Titles and names never contain a space between Chinese characters; extraction put it there. */
    static String cleanName(String name) {
        return BETWEEN_HAN.matcher(clean(name.strip())).replaceAll("");
    }
}
