package org.gongshi.content.numbers;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * One canonical form for 文号 (e.g. 云法治委〔2022〕2号) and 案号 (e.g. （2023）京0105执1234号), whatever brackets,
 * widths or spaces were typed: full-width letters and digits folded to ASCII (NFKC), white space and invisible
 * format characters removed, and every
 * kind of bracket around the year turned into 〔 〕.
 */
public final class DocumentNumbers {
    /** Numbers copied from web pages carry no-break and zero-width spaces, invisible but not equal. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\p{Cf}]+");
    private static final Pattern OPENING = Pattern.compile("[\\[(（〔【［﹝〖{｛<《]");
    private static final Pattern CLOSING = Pattern.compile("[\\])）〕】］﹞〗}｝>》]");

    private DocumentNumbers() {}

    public static String canonical(String number) {
        if (number == null) {
            return "";
        }
        String folded = Normalizer.normalize(number, Normalizer.Form.NFKC);
        folded = SPACE.matcher(folded).replaceAll("");
        folded = OPENING.matcher(folded).replaceAll("〔");
        return CLOSING.matcher(folded).replaceAll("〕");
    }
}
