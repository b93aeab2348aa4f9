package org.gongshi.content.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code ## 标题} sections of a Markdown body, in order; text before the first one is kept under "". */
final class MarkdownSections {
    private static final Pattern SECTION_HEADING = Pattern.compile("(?m)^##[ \\t]+(.+?)[ \\t#]*$");

    private MarkdownSections() {}

    static Map<String, String> split(String markdown) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher matcher = SECTION_HEADING.matcher(markdown);
        String heading = "";
        int start = 0;
        while (matcher.find()) {
            put(sections, heading, markdown.substring(start, matcher.start()));
            heading = matcher.group(1).strip();
            start = matcher.end();
        }
        put(sections, heading, markdown.substring(start));
        return sections;
    }

    private static void put(Map<String, String> sections, String heading, String content) {
        if (sections.containsKey(heading)) {
            throw new ImportFailure("小节“## " + heading + "”出现了两次");
        }
        String text = content.strip();
        if (!heading.isEmpty() || !text.isEmpty()) {
            sections.put(heading, text);
        }
    }
}
