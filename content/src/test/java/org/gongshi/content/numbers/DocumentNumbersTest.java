package org.gongshi.content.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
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
    void foldsExactlyAsTheRegularExpressionsItReplacedDid() {
        Pattern space = Pattern.compile("[\\s\\p{Z}\\p{Cf}]+");
        Pattern opening = Pattern.compile("[\\[(（〔【［﹝〖{｛<《]");
        Pattern closing = Pattern.compile("[\\])）〕】］﹞〗}｝>》]");
        String alphabet = "云法治委执京0123456789２０号 \t\n\u000b\f\r\u001c\u0085\u00a0\u1680\u2000\u2028\u2029\u3000"
                + "\u200b\u200d\u2060\ufeff\u00ad[(（〔【［﹝〖{｛<《])）〕】］﹞〗}｝>》ＡａⅫ①";
        int[] symbols = alphabet.codePoints().toArray();
        Random random = new Random(20261122);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder typed = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                typed.appendCodePoint(random.nextInt(8) == 0 ? 0x1D173 + random.nextInt(8)
                        : symbols[random.nextInt(symbols.length)]);
            }
            String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC);
            String expected = closing.matcher(opening.matcher(space.matcher(folded).replaceAll(""))
                    .replaceAll("〔")).replaceAll("〕");
            assertEquals(expected, DocumentNumbers.canonical(typed.toString()), typed.toString());
        }
    }

    @Test
    void nothingTypedGivesAnEmptyNumber() {
        assertEquals("", DocumentNumbers.canonical(null));
        assertEquals("", DocumentNumbers.canonical(" \u3000 "));
    }
}
