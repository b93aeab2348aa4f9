package org.gongshi.site.search;

import java.util.regex.Pattern;

/**
 * What a reader typed, made safe to hand on: control and format characters become spaces, runs of space collapse, and
 * the text is cut at {@link #MAX_LENGTH} code points (never inside a surrogate pair).
 */
record SearchText(String text, boolean truncated) {
    static final int MAX_LENGTH = 200;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    static SearchText clean(String raw) {
        if (raw == null) {
            return new SearchText("", false);
        }
        String visible = INVISIBLE.matcher(raw).replaceAll(" ");
        String text = SPACES.matcher(visible).replaceAll(" ").strip();
        if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
            return new SearchText(text, false);
        }
        return new SearchText(text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip(), true);
    }
}
