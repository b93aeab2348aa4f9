package org.gongshi.index.listings;

import com.ibm.icu.text.Transliterator;

/**
 * ICU's Traditional→Simplified mapping, character by character, as a table built once. Names and court names are
 * short and indexed by the million: a table lookup per character costs nothing, where running the transliterator on
 * every name dominated a rebuild (see docs/benchmarks.md). Phrase rules of the transliterator are not needed for
 * single characters, which is all a name query matches on.
 */
final class SimplifiedCharacters {
    /** The Han blocks of the Basic Multilingual Plane: Extension A and the Unified Ideographs. */
    private static final char[][] HAN_RANGES = {{'\u3400', '\u4DBF'}, {'\u4E00', '\u9FFF'}};
    private static final char[] TABLE = table();

    private SimplifiedCharacters() {}

    static char simplified(char character) {
        return TABLE[character];
    }

    private static char[] table() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int character = 0; character < table.length; character++) {
            table[character] = (char) character;
        }
        Transliterator transliterator = Transliterator.getInstance("Traditional-Simplified");
        for (char[] range : HAN_RANGES) {
            for (char character = range[0]; character <= range[1]; character++) {
                String simplified = transliterator.transliterate(String.valueOf(character));
                if (simplified.length() == 1) {
                    table[character] = simplified.charAt(0);
                }
            }
        }
        return table;
    }
}
