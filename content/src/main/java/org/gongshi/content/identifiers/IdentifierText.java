package org.gongshi.content.identifiers;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.gongshi.content.numbers.DocumentNumbers;

/** Folds a typed identifier to the symbols it is checked on: widths and spaces as for 文号, no hyphens, ASCII upper case. */
final class IdentifierText {
    /** People type 12345678-9 and paste en dashes or minus signs from documents in its place. */
    private static final Pattern HYPHEN = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014\u2212]");

    private IdentifierText() {}

    static String fold(String raw) {
        requireNonNull(raw, "raw");
        String folded = HYPHEN.matcher(DocumentNumbers.canonical(raw)).replaceAll("");
        StringBuilder upper = new StringBuilder(folded.length());
        for (int index = 0; index < folded.length(); index++) {
            char symbol = folded.charAt(index);
            // only ASCII letters: String.toUpperCase would turn the dotless ı into a lawful I
            upper.append(symbol >= 'a' && symbol <= 'z' ? (char) (symbol - 'a' + 'A') : symbol);
        }
        return upper.toString();
    }

    /** How a symbol is quoted in an error message; a lone surrogate or control character is shown by its code. */
    static String quoted(String text, int index) {
        int codePoint = text.codePointAt(index);
        if (Character.isISOControl(codePoint) || Character.isSurrogate(text.charAt(index))) {
            return String.format("U+%04X", codePoint);
        }
        return "“" + new String(Character.toChars(codePoint)) + "”";
    }
}
