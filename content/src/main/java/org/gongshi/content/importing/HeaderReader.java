package org.gongshi.content.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.content.policies.Validity;

/**
 * Finds title, 发布机关, 文号 and 成文日期 in the layouts extracted documents come in: a "法规标题：…" key list, a red
 * head (…文件 / 文号 / 关于印发…的通知), an issuer line above the title, a date line under it, or a bare title.
 */
final class HeaderReader {
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\p{IsHan}{2,6})[：:]\\s*(.*)$");
    private static final int MOST_TITLE_LINES = 3;
    private static final int LONGEST_TITLE = 120;
    private static final int HEADER_SEARCH = 8;
    private static final int SIGNATURE_SEARCH = 4;

    private String title;
    private String issuer;
    private String documentNumber;
    private LocalDate writtenOn;
    private LocalDate effectiveOn;
    private Validity validity = Validity.CURRENT;

    private HeaderReader() {}

    static PolicyHeader read(List<String> fragments) {
        return new HeaderReader().readAll(fragments);
    }

    private PolicyHeader readAll(List<String> fragments) {
        int bodyStart = isKeyValueHeader(fragments) ? readKeyValues(fragments) : readPrintedHeader(fragments);
        if (title == null || title.isBlank()) {
            throw new ImportFailure("未找到标题：文件开头应是标题（可在标题上方写发布机关或文号）");
        }
        bodyStart = skipRepeatedTitle(fragments, bodyStart);
        bodyStart = readLinesUnderTitle(fragments, bodyStart);
        List<String> body = fragments.subList(bodyStart, fragments.size());
        readSignature(body);
        return new PolicyHeader(title, issuer, documentNumber, writtenOn, effectiveOn, validity, body);
    }

    private static boolean isKeyValueHeader(List<String> fragments) {
        return !fragments.isEmpty() && fragments.get(0).matches("^(法规标题|标题|文件标题|名称)[：:].*");
    }

    private int readKeyValues(List<String> fragments) {
        int index = 0;
        while (index < fragments.size()) {
            Matcher matcher = KEY_VALUE.matcher(fragments.get(index));
            if (!matcher.matches()) {
                return index;
            }
            index++;
            String value = matcher.group(2).strip();
            switch (matcher.group(1)) {
                case "法规标题", "标题", "文件标题", "名称" -> title = CjkSpacing.cleanName(value);
                case "颁布主体", "发布机关", "发文机关", "制定机关", "发布单位" -> issuer = blankToNull(value);
                case "文号", "发文字号" -> documentNumber = blankToNull(value);
                case "颁布时间", "发布日期", "成文日期", "发文日期", "发布时间" -> writtenOn = date(value, matcher.group(1));
                case "施行日期", "实施日期", "生效日期" -> effectiveOn = date(value, matcher.group(1));
                case "时效性", "效力" -> validity = validity(value);
                case "法规正文", "正文" -> {
                    return index;
                }
                default -> { } // 通过会议 and similar keys carry nothing the site shows
            }
        }
        return index;
    }

    private int readPrintedHeader(List<String> fragments) {
        int index = 0;
        while (index < Math.min(HEADER_SEARCH, fragments.size())) {
            String fragment = fragments.get(index);
            if (Fragments.isRedHead(fragment)) {
                issuer = issuer == null ? CjkSpacing.cleanName(fragment.substring(0, fragment.length() - 2)) : issuer;
            } else if (Fragments.isDocumentNumberLine(fragment)) {
                documentNumber = Fragments.stripBrackets(fragment);
            } else if (Fragments.isDateLine(fragment)) {
                writtenOn = ChineseDates.fromDateLine(fragment).orElseThrow();
            } else if (Fragments.isOrganisationLine(fragment) && issuer == null) {
                issuer = CjkSpacing.cleanName(fragment);
            } else {
                break;
            }
            index++;
        }
        StringBuilder joined = new StringBuilder();
        int titleLines = 0;
        while (index < fragments.size() && titleLines < MOST_TITLE_LINES && isTitleLine(fragments.get(index))
                && joined.length() + fragments.get(index).length() <= LONGEST_TITLE) {
            joined.append(fragments.get(index));
            index++;
            titleLines++;
        }
        title = CjkSpacing.cleanName(joined.toString());
        return index;
    }

    private static boolean isTitleLine(String fragment) {
        return !Fragments.hasSentencePunctuation(fragment) && !fragment.contains("：")
                && !Fragments.startsWithHeadingMark(fragment) && !Fragments.isDateLine(fragment);
    }

    /** Key-value headers repeat the title above the text; the site shows it once. */
    private int skipRepeatedTitle(List<String> fragments, int index) {
        if (index < fragments.size() && CjkSpacing.cleanName(fragments.get(index)).equals(title)) {
            return index + 1;
        }
        return index;
    }

    /** （2012年2月3日） or （云法治委〔2022〕2号） directly under the title belong to the header. */
    private int readLinesUnderTitle(List<String> fragments, int index) {
        while (index < fragments.size()) {
            String fragment = fragments.get(index);
            Optional<LocalDate> date = ChineseDates.fromDateLine(fragment);
            if (date.isPresent()) {
                writtenOn = writtenOn == null ? date.get() : writtenOn;
            } else if (Fragments.isDocumentNumberLine(fragment)) {
                documentNumber = documentNumber == null ? Fragments.stripBrackets(fragment) : documentNumber;
            } else {
                return index;
            }
            index++;
        }
        return index;
    }

    /** The 成文日期 is usually printed last, under the issuer's name (落款); both stay in the body. */
    private void readSignature(List<String> body) {
        for (int index = body.size() - 1; index >= Math.max(0, body.size() - SIGNATURE_SEARCH); index--) {
            Optional<LocalDate> date = ChineseDates.fromDateLine(body.get(index));
            if (date.isPresent()) {
                writtenOn = writtenOn == null ? date.get() : writtenOn;
                if (issuer == null && index > 0 && Fragments.isOrganisationLine(body.get(index - 1))) {
                    issuer = CjkSpacing.cleanName(body.get(index - 1));
                }
                return;
            }
        }
    }

    private static LocalDate date(String value, String key) {
        if (value.isBlank()) {
            return null;
        }
        return ChineseDates.parse(value).orElseThrow(
                () -> new ImportFailure(key + "“" + value + "”无法识别为日期"));
    }

    private static Validity validity(String value) {
        for (Validity candidate : Validity.values()) {
            if (candidate.label().equals(value)) {
                return candidate;
            }
        }
        return Validity.CURRENT;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : CjkSpacing.cleanName(value);
    }
}
