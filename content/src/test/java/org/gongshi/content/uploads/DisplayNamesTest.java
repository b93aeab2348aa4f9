package org.gongshi.content.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "关于执行情况的说明.pdf | PDF | 关于执行情况的说明.pdf",
        "../../etc/passwd.pdf | PDF | passwd.pdf",
        "..\\..\\Windows\\证据 一.PDF | PDF | 证据 一.PDF",
        "C:\\Users\\张三\\照片.JPEG | JPEG | 照片.JPEG",
        "/var/www/html/index.html | PDF | index.pdf",
        "report.html | PNG | report.png",
        "scan.jpg | JPEG | scan.jpg",
        "第2023.5号 | PDF | 第2023.5号.pdf",
        ".htaccess | PDF | htaccess.pdf",
        ".. | PDF | 文件.pdf",
        "../ | GIF | 文件.gif",
        "'' | WEBP | 文件.webp",
        "  多个   空格  .pdf  | PDF | 多个 空格.pdf",
    })
    void keepsTheLastSegmentAndAnExtensionThatMatchesTheType(String sent, MediaType type, String expected) {
        assertEquals(expected, DisplayNames.of(sent, type));
    }

    @Test
    void charactersNoFileSystemTakesAreReplaced() {
        assertEquals("a_b__c_d_e_f_g_h.png", DisplayNames.of("a<b>:c\"d|e?f*g%h.png", MediaType.PNG));
    }

    @Test
    void controlAndDirectionCharactersAreDropped() {
        assertEquals("申请书exe.pdf", DisplayNames.of("申请书\u202eexe.pdf", MediaType.PDF));
        assertEquals("ab.pdf", DisplayNames.of("a\u0000\r\nb\u0007.pdf", MediaType.PDF));
        assertEquals("ab.png", DisplayNames.of("a\u200bb\ufeff.png", MediaType.PNG));
    }

    @Test
    void noNameGetsAPlainOne() {
        assertEquals("文件.pdf", DisplayNames.of(null, MediaType.PDF));
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String name = DisplayNames.of("证".repeat(300) + ".pdf", MediaType.PDF);

        assertEquals(DisplayNames.MAX_CODE_POINTS, name.codePointCount(0, name.length()));
        assertTrue(name.endsWith("证.pdf"));
    }
}
