package org.gongshi.index.listings;

import java.text.Normalizer;
import java.util.Locale;
import org.gongshi.index.SimplifiedCharacters;

/**
 * The form in which names, courts and provinces are indexed and queried: NFKC (full-width letters and digits become
 * plain ones), lower case, Traditional characters as Simplified. A name keeps only its letters and digits, so
 * spaces, 间隔号 and brackets never decide a match and {@code * % ?} are nothing but ignored punctuation; a court or
 * province loses only its spaces, so 北京市 第一 中级人民法院 finds 北京市第一中级人民法院.
 */
final class NameCharacters {
    private NameCharacters() {}

    /** The letters and digits of {@code name}, normalised; empty when it has none. */
    static String ofName(String name) {
        return normalised(name, true);
    }

    /** {@code text} normalised, without whitespace: the keyword a court or province is filtered by. */
    static String ofKeyword(String text) {
        return normalised(text, false);
    }

    private static String normalised(String text, boolean lettersAndDigitsOnly) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        for (int index = 0; index < folded.length(); index++) {
            char character = folded.charAt(index);
            boolean keep = lettersAndDigitsOnly
                    ? Character.isLetterOrDigit(character) || Character.isSurrogate(character)
                    : !Character.isWhitespace(character) && !Character.isSpaceChar(character);
            if (keep) {
                kept.append(SimplifiedCharacters.simplified(character));
            }
        }
        return kept.toString();
    }
}
