package org.gongshi.content.importing;

import java.util.regex.Pattern;

/** What a line of an extracted government document is: a heading, a title, a label, a date, a 文号, an issuer. */
final class Fragments {
    private static final String NUMERALS = "一二三四五六七八九十百零〇";
    private static final Pattern CHAPTER = Pattern.compile("^[" + NUMERALS + "]+、");
    private static final Pattern SECTION = Pattern.compile("^[（(][" + NUMERALS + "]+[）)]");
    private static final Pattern ARTICLE = Pattern.compile("^第[" + NUMERALS + "千0-9]+[章节编]");
    private static final Pattern OTHER_MARKERS = Pattern.compile(
            "^(\\d{1,3}[.．、]|[（(]\\d{1,3}[）)]|[①-⑳]|第[" + NUMERALS + "千0-9]+条|[" + NUMERALS + "]+是)");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。；！？,;!?]");
    private static final Pattern SENTENCE_END = Pattern.compile("([。！？；：…!?;:]|[。！？；][”’」』）)])$");
    private static final Pattern PARENTHETICAL = Pattern.compile("^[（(].*[）)]$");
    private static final Pattern LABEL = Pattern.compile("^\\p{IsHan}{2,6}[：:]");
    private static final Pattern GENRE = Pattern.compile(
            "(方案|通知|意见|办法|规定|决定|细则|纲要|条例|规则|公告|通报|批复|报告|指引|要点|规划|措施|函)$");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(法院|检察院|委员会|办公厅|办公室|人民政府|政府|[^、]{1,10}[部委厅局办院署]|中心|小组)$");
    static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "[\\p{IsHan}A-Za-z]{1,15}\\s*[〔\\[(（【［﹝][0-9０-９]{4}[〕\\])）】］﹞]\\s*[0-9０-９]{1,5}\\s*号");

    private Fragments() {}

    /** Starts with any enumeration mark (一、 （一） 1. 第三条 一是 …): never joined onto the text before it. */
    static boolean startsWithHeadingMark(String fragment) {
        return CHAPTER.matcher(fragment).find() || SECTION.matcher(fragment).find()
                || ARTICLE.matcher(fragment).find() || OTHER_MARKERS.matcher(fragment).find();
    }

    /** 一、总体要求 or 第二章 总则: a top-level heading standing alone. */
    static boolean isChapterHeading(String fragment) {
        return (CHAPTER.matcher(fragment).find() || ARTICLE.matcher(fragment).find()) && standsAlone(fragment);
    }

    /** （一）筹划部署阶段: a second-level heading standing alone. */
    static boolean isSectionHeading(String fragment) {
        return SECTION.matcher(fragment).find() && standsAlone(fragment);
    }

    /** 关于……的通知: a document title, possibly of an attachment inside the text. */
    static boolean isTitleLike(String fragment) {
        return fragment.length() <= 80 && !SENTENCE_PUNCTUATION.matcher(fragment).find()
                && (fragment.startsWith("关于") || GENRE.matcher(fragment).find())
                && !startsWithHeadingMark(fragment);
    }

    /** 牵头单位：市委政法委 and other short "label: value" lines. */
    static boolean isLabelLine(String fragment) {
        return LABEL.matcher(fragment).find() && !fragment.contains("。");
    }

    static boolean endsSentence(String fragment) {
        return SENTENCE_END.matcher(fragment).find() || PARENTHETICAL.matcher(fragment).matches();
    }

    static boolean hasSentencePunctuation(String fragment) {
        return SENTENCE_PUNCTUATION.matcher(fragment).find();
    }

    static boolean isDateLine(String fragment) {
        return ChineseDates.fromDateLine(fragment).isPresent();
    }

    /** The whole line is a 文号, optionally in brackets: 云法治委〔2022〕2号. */
    static boolean isDocumentNumberLine(String fragment) {
        return DOCUMENT_NUMBER.matcher(stripBrackets(fragment)).matches();
    }

    /** 湖北省汉川市人民法院: an issuing body on a line of its own, not a title. */
    static boolean isOrganisationLine(String fragment) {
        return fragment.length() <= 40 && !SENTENCE_PUNCTUATION.matcher(fragment).find()
                && !fragment.startsWith("关于") && !GENRE.matcher(fragment).find()
                && ORGANISATION.matcher(fragment).find() && !startsWithHeadingMark(fragment);
    }

    /** 中共云浮市委全面依法治市委员会文件: the red head of an official document. */
    static boolean isRedHead(String fragment) {
        return fragment.endsWith("文件") && fragment.length() <= 40 && !hasSentencePunctuation(fragment);
    }

    static String stripBrackets(String fragment) {
        String trimmed = fragment.strip();
        if (PARENTHETICAL.matcher(trimmed).matches()) {
            return trimmed.substring(1, trimmed.length() - 1).strip();
        }
        return trimmed;
    }

    private static boolean standsAlone(String fragment) {
        return fragment.length() <= 40 && !fragment.contains("。") && !fragment.contains("；");
    }
}
