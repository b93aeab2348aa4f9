package org.gongshi.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The correction form's fields as a browser would submit them unchanged: inputs, text areas, selected options. */
final class CorrectionFormFields {
    private static final Pattern INPUT = Pattern.compile(
            "<input id=\"correct-(\\w+)\" name=\"\\w+\"[^>]*? value=\"([^\"]*)\"");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea id=\"correct-(\\w+)\"[^>]*>([^<]*)</textarea>");
    private static final Pattern SELECT = Pattern.compile(
            "<select id=\"correct-(\\w+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"(\\w*)\" selected>");

    private CorrectionFormFields() {}

    static Map<String, String> of(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, INPUT.matcher(page));
        put(fields, TEXTAREA.matcher(page));
        Matcher select = SELECT.matcher(page);
        while (select.find()) {
            Matcher selected = SELECTED.matcher(select.group(2));
            fields.put(select.group(1), selected.find() ? selected.group(1) : "");
        }
        return fields;
    }

    private static void put(Map<String, String> fields, Matcher matcher) {
        while (matcher.find()) {
            fields.put(matcher.group(1), unescape(matcher.group(2)));
        }
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
