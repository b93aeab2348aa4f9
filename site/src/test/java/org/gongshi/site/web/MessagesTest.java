package org.gongshi.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages messages = new Messages();

    @Test
    void numbersAreGroupedAndAYearIsNot() {
        assertEquals("共找到 12,345 条失信被执行人信息", messages.get("listings.total", 12_345));
        assertEquals("2026年", messages.get("policies.writtenYear", 2026));
        // The same message again, from the parsed pattern this thread keeps.
        assertEquals("共找到 7 条失信被执行人信息", messages.get("listings.total", 7));
    }

    @Test
    void textArgumentsAreShownAsTheyAre() {
        assertEquals("共找到 许多 条失信被执行人信息", messages.get("listings.total", "许多"));
    }

    @Test
    void aMissingKeyShowsItself() {
        assertEquals("[no.such.key]", messages.get("no.such.key", 1));
    }
}
