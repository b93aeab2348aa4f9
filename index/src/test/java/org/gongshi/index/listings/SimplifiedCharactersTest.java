package org.gongshi.index.listings;

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

    @Test
    void namesAndCourtsAreNormalisedAlike() {
        assertEquals("陈国华", NameCharacters.ofName("陳 國·華"));
        assertEquals("abc贸易北京", NameCharacters.ofName("ＡＢＣ貿易（北京）"));
        assertEquals("台北地方法院", NameCharacters.ofKeyword("臺北 地方\u3000法院"));
        assertEquals("", NameCharacters.ofName("* % ?"));
    }
}
