package org.gongshi.index.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListingQueryTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000"})
    void aQueryWithoutNameKeyOrCaseNumberIsRefusedEvenWithCourtAndProvince(String blank) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ListingQuery(blank, blank, blank, "北京市第一中级人民法院", "北京", 1, 20));
        assertEquals("请输入被执行人姓名或名称、证件号码或案号", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "%", "?", "* % ?", "·", "（）"})
    void aNameOfWildcardsOrPunctuationAloneIsRefused(String name) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ListingQuery.byName(name));
        assertEquals("姓名或名称中没有可查询的文字或数字", refused.getMessage());
    }

    @Test
    void anIdentifierKeyOrCaseNumberAloneIsEnough() {
        assertEquals("k", new ListingQuery(null, " k ", null, null, null, 1, 20).identifierKey());
        assertEquals("(2024)执1号", new ListingQuery(" ", null, "(2024)执1号", "", null, 1, 20).caseNumber());
    }

    @Test
    void pageSizeIsCappedAtFiftyAndPagesStartAtOne() {
        assertEquals(50, new ListingQuery("张伟", null, null, null, null, 1, 50).pageSize());
        assertThrows(IllegalArgumentException.class, () -> new ListingQuery("张伟", null, null, null, null, 1, 51));
        assertThrows(IllegalArgumentException.class, () -> new ListingQuery("张伟", null, null, null, null, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ListingQuery("张伟", null, null, null, null, 0, 20));
    }

    @Test
    void overlongNamesAreRefused() {
        String name = "张".repeat(ListingQuery.MAX_NAME_LENGTH + 1);
        assertThrows(IllegalArgumentException.class, () -> ListingQuery.byName(name));
    }
}
