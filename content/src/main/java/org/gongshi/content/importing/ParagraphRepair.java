package org.gongshi.content.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from the lines of text extracted from a PDF. A page break splits a paragraph mid-sentence into
 * two lines ("…中央政法委、最高" / "法院等 19 个部门…"); such a line does not end a sentence, so it is joined to the
 * next one. Headings, titles, labels, dates and short lines are never joined, and nothing is joined onto a heading.
 */
final class ParagraphRepair {
    private static final int SHORTEST_SPLIT_LINE = 16;
    private static final Pattern ASCII_WORD_END = Pattern.compile("[A-Za-z0-9]$");
    private static final Pattern ASCII_WORD_START = Pattern.compile("^[A-Za-z0-9]");
    private static final Pattern LIST_PUNCTUATION = Pattern.compile("[、，,]");

    private ParagraphRepair() {}

    static List<String> paragraphs(List<String> fragments) {
        List<String> paragraphs = new ArrayList<>();
        for (String fragment : fragments) {
            int last = paragraphs.size() - 1;
            if (last >= 0 && continues(paragraphs.get(last), fragment)) {
                paragraphs.set(last, join(paragraphs.get(last), fragment));
            } else {
                paragraphs.add(fragment);
            }
        }
        return paragraphs.stream().map(CjkSpacing::clean).toList();
    }

    private static boolean continues(String previous, String next) {
        if (Fragments.startsWithHeadingMark(next) || Fragments.isDateLine(next) || Fragments.endsSentence(previous)) {
            return false;
        }
        if (Fragments.isChapterHeading(previous) || Fragments.isSectionHeading(previous)
                || Fragments.isTitleLike(previous) || Fragments.isLabelLine(previous)) {
            return false;
        }
        // a short line without any list punctuation is a name or a caption, not the top half of a split paragraph
        return previous.length() >= SHORTEST_SPLIT_LINE || LIST_PUNCTUATION.matcher(previous).find();
    }

    private static String join(String previous, String next) {
        boolean splitWord = ASCII_WORD_END.matcher(previous).find() && ASCII_WORD_START.matcher(next).find();
        return splitWord ? previous + " " + next : previous + next;
    }
}
