package org.gongshi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

class SimplifiedCharactersTest {
    @Test
    void theTableIsIcusTraditionalToSimplifiedForEveryBasicHanCharacter() {
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder differences = new StringBuilder();
        for (char character = '\u3400'; character <= '\u9FFF'; character++) {
            String expected = icu.transliterate(String.valueOf(character));
            String actual = String.valueOf(SimplifiedCharacters.simplified(character));
            if (expected.length() == 1 && !expected.equals(actual)) {
                differences.append(character).append(expected).append('\n');
            }
        }
        assertEquals("", differences.toString(), "lines " + SimplifiedCharacters.RESOURCE + " should have");
    }
}
