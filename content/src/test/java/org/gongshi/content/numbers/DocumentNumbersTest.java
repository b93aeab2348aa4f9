package org.gongshi.content.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "云法治委〔2022〕2号",
        "云法治委[2022]2号",
        "云法治委(2022)2号",
        "云法治委（2022）2号",
        "云法治委【2022】2号",
        "云法治委［2022］2号",
        "云法治委﹝2022﹞2号",
        "云法治委〖2022〗2号",
        "云法治委（２０２２）２号",
        "云法治委 〔2022〕 2 号",
        "云法治委\u3000〔２０２２〕\u3000２号",
        " 云法治委\t[2022]\u00a02号 ",
        "云法治委〔2022〕\u200b2号",
    })
    void everyWayOfTypingADocumentNumberMeetsInOneForm(String typed) {
        assertEquals("云法治委〔2022〕2号", DocumentNumbers.canonical(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "（2023）京0105执1234号",
        "(2023)京0105执1234号",
        "〔2023〕京0105执1234号",
        "[2023]京0105执1234号",
        "【2023】京0105执1234号",
        "［2023］京0105执1234号",
        "（２０２３）京０１０５执１２３４号",
        "( 2023 ) 京 0105 执 1234 号",
    })
    void everyWayOfTypingACaseNumberMeetsInOneForm(String typed) {
        assertEquals(DocumentNumbers.canonical("（2023）京0105执1234号"), DocumentNumbers.canonical(typed));
        assertEquals("〔2023〕京0105执1234号", DocumentNumbers.canonical(typed));
    }

    @Test
    void differentNumbersStayDifferent() {
        assertNotEquals(DocumentNumbers.canonical("云法治委〔2022〕2号"), DocumentNumbers.canonical("云法治委〔2022〕12号"));
        assertNotEquals(DocumentNumbers.canonical("云法治委〔2022〕2号"), DocumentNumbers.canonical("云法治委〔2023〕2号"));
        assertNotEquals(DocumentNumbers.canonical("（2023）京0105执1234号"),
                DocumentNumbers.canonical("（2023）京0105执恢1234号"));
    }

    @Test
    void nothingTypedGivesAnEmptyNumber() {
        assertEquals("", DocumentNumbers.canonical(null));
        assertEquals("", DocumentNumbers.canonical(" \u3000 "));
    }
}
