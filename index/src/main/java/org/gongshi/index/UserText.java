package org.gongshi.index;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed, split into required terms: runs of non-space characters, or "quoted phrases". Nothing else is
 * syntax, and the input is capped, so no text can make a query fail or grow without bound.
 */
final class UserText {
    static final int MAX_CHARACTERS = 200;
    static final int MAX_TERMS = 12;

    private UserText() {}

    static List<String> terms(String text) {
        String capped = text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
        List<String> terms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < capped.length(); index++) {
            char character = capped.charAt(index);
            if (character == '"' || character == '“' || character == '”') {
                addTerm(terms, current);
                quoted = !quoted;
            } else if (!quoted && (Character.isWhitespace(character) || character == '\u3000')) {
                addTerm(terms, current);
            } else {
                current.append(character);
            }
        }
        addTerm(terms, current);
        return terms.size() > MAX_TERMS ? List.copyOf(terms.subList(0, MAX_TERMS)) : terms;
    }

    private static void addTerm(List<String> terms, StringBuilder current) {
        String term = current.toString().strip();
        if (!term.isEmpty()) {
            terms.add(term);
        }
        current.setLength(0);
    }
}
