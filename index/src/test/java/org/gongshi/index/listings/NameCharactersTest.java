package org.gongshi.index.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameCharactersTest {
    @Test
    void namesAndCourtsAreNormalisedAlike() {
        assertEquals("陈国华", NameCharacters.ofName("陳 國·華"));
        assertEquals("abc贸易北京", NameCharacters.ofName("ＡＢＣ貿易（北京）"));
        assertEquals("台北地方法院", NameCharacters.ofKeyword("臺北 地方\u3000法院"));
        assertEquals("", NameCharacters.ofName("* % ?"));
    }
}
