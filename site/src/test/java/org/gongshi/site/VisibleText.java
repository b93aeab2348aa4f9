package org.gongshi.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text a reader sees in an HTML page: tags removed, numeric character references decoded (the sanitizer emits them). */
public final class VisibleText {
    private static final Pattern REFERENCE = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private VisibleText() {}

    public static String of(String html) {
        String text = html.replaceAll("<[^>]+>", "");
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (reference.find()) {
            int codePoint = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
            reference.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(codePoint)));
        }
        reference.appendTail(decoded);
        return decoded.toString();
    }
}
