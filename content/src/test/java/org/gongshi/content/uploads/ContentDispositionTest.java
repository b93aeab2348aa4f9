package org.gongshi.content.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {
    @Test
    void chineseNamesAreSentAsUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"____1.pdf\"; filename*=UTF-8''%E5%BC%82%E8%AE%AE%E6%9D%90%E6%96%991.pdf",
                ContentDisposition.attachment("异议材料1.pdf"));
    }

    @Test
    void asciiNamesStayReadableAndNothingBreaksOutOfTheQuotes() {
        assertEquals("inline; filename=\"a b_c_d_.png\"; filename*=UTF-8''a%20b%22c%5Cd%25.png",
                ContentDisposition.inline("a b\"c\\d%.png"));
    }
}
