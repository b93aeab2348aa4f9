package org.gongshi.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void controlCharactersAndRunsOfSpaceBecomeOneSpace() {
        assertEquals("失信 被执行人", SearchText.clean(" 失信\u0000\t\u3000被执行人\u200b ").text());
    }

    @Test
    void longTextIsCutAtTheLimitWithoutSplittingACharacter() {
        SearchText text = SearchText.clean("𠀀".repeat(SearchText.MAX_LENGTH + 5));
        assertTrue(text.truncated());
        assertEquals(SearchText.MAX_LENGTH, text.text().codePointCount(0, text.text().length()));
    }

    @Test
    void shortTextIsKeptAsTyped() {
        SearchText text = SearchText.clean("云法治委〔2022〕2号");
        assertEquals("云法治委〔2022〕2号", text.text());
        assertFalse(text.truncated());
        assertEquals("", SearchText.clean(null).text());
    }
}
