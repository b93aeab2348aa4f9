package org.gongshi.content.importing;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes repaired paragraphs as Markdown: 一、 headings as {@code ##}, （一） headings as {@code ###}, the rest as text. */
final class PlainTextMarkdown {
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>])");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern BLOCK_START = Pattern.compile("^([#>+\\-=|])");

    private PlainTextMarkdown() {}

    static String render(List<String> paragraphs) {
        return paragraphs.stream().map(PlainTextMarkdown::block).collect(Collectors.joining("\n\n")) + "\n";
    }

    private static String block(String paragraph) {
        String text = escape(paragraph);
        if (Fragments.isChapterHeading(paragraph) || Fragments.isTitleLike(paragraph)) {
            return "## " + text;
        }
        if (Fragments.isSectionHeading(paragraph)) {
            return "### " + text;
        }
        return text;
    }

    /** The text must read as written: "1." must not become a list, "*" must not become emphasis. */
    private static String escape(String paragraph) {
        String escaped = MARKDOWN_SPECIAL.matcher(paragraph).replaceAll("\\\\$1");
        escaped = ORDERED_LIST_START.matcher(escaped).replaceFirst("$1\\\\$2");
        return BLOCK_START.matcher(escaped).replaceFirst("\\\\$1");
    }
}
