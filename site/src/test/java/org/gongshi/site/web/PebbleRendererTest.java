package org.gongshi.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PebbleRendererTest {
    private final PebbleRenderer renderer = new PebbleRenderer(Map.of("sample", "sample-templates"), new Messages());

    @Test
    void escapesTextAndFormatsDatesAndMessagesInChinese() {
        String html = renderer.render("sample/fragment.peb",
                Map.of("text", "<script>alert(1)</script>", "date", LocalDate.of(2023, 5, 31)));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("2023年5月31日"), html);
        assertTrue(html.contains("第 2 页，共 7 页"), html);
    }

    @Test
    void pluginTemplatesAreOnlyReachableUnderTheirId() {
        assertEquals(false, new PluginTemplateLoader(Map.of("sample", "sample-templates"), getClass().getClassLoader())
                .resourceExists("other/fragment.peb"));
    }

    @Test
    void chineseDatesHaveNoLeadingZeros() {
        assertEquals("2024年1月5日", ChineseDates.format(LocalDate.of(2024, 1, 5)));
    }
}
