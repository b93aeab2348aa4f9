package org.gongshi.content.numbers;

import java.text.Normalizer;

/**
 * One canonical form for 文号 (e.g. 云法治委〔2022〕2号) and 案号 (e.g. （2023）京0105执1234号), whatever brackets,
 * widths or spaces were typed: full-width letters and digits folded to ASCII (NFKC), white space and invisible
 * format characters removed, and every
 * kind of bracket around the year turned into 〔 〕.
 */
public final class DocumentNumbers {
    private static final String OPENING = "[(（〔【［﹝〖{｛<《";
    private static final String CLOSING = "])）〕】］﹞〗}｝>》";

    private DocumentNumbers() {}

    public static String canonical(String number) {
        if (number == null) {
            return "";
        }
        String folded = Normalizer.normalize(number, Normalizer.Form.NFKC);
        // one pass instead of three regular expressions: an import folds two numbers for each of a million rows
        StringBuilder canonical = new StringBuilder(folded.length());
        for (int index = 0; index < folded.length(); ) {
            int codePoint = folded.codePointAt(index);
            index += Character.charCount(codePoint);
            if (isSpace(codePoint)) {
                continue;
            }
            if (OPENING.indexOf(codePoint) >= 0) {
                canonical.append('〔');
            } else if (CLOSING.indexOf(codePoint) >= 0) {
                canonical.append('〕');
            } else {
                canonical.appendCodePoint(codePoint);
            }
        }
        return canonical.toString();
    }

    /**
     * Numbers copied from web pages carry no-break and zero-width spaces, invisible but not equal: what the regular
     * expression {@code [\s\p{Z}\p{Cf}]} matches, ASCII white space, Unicode separators and format characters.
     */
    private static boolean isSpace(int codePoint) {
        if (codePoint <= ' ') {
            return codePoint == ' ' || (codePoint >= '\t' && codePoint <= '\r');
        }
        int type = Character.getType(codePoint);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT;
    }
}
