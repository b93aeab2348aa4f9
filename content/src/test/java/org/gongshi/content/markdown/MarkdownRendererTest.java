package org.gongshi.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "前文 <script>alert(1)</script> 后文",
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<p onclick=\"alert(1)\">点我</p>",
        "<svg onload=alert(1)>",
        "<style>body{display:none}</style>",
        "![图](javascript:alert(1))",
        "[链接](javascript:alert(1))",
        "[链接](JaVaScRiPt:alert(1))",
        "[链接](jav&#x61;script:alert(1))",
        "[链接](&#106;avascript:alert(1))",
        "[链接](javascript&colon;alert(1))",
        "[链接](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[链接](vbscript:msgbox(1))",
        "[链接](<\u0001javascript:alert(1)>)",
        "<javascript:alert(1)>",
        "<a href=\"javascript:alert(1)\">链接</a>",
        "<a href=\" javascript:alert(1)\">链接</a>",
        "<a href=\"&#x01;javascript:alert(1)\">链接</a>",
        "<a href=\"java\tscript:alert(1)\">链接</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">链接</a>",
        "<a href=\"DATA:text/html,x\">链接</a>",
        "[链接][ref]\n\n[ref]: javascript:alert(1)",
    })
    void attacksComeOutHarmless(String markdown) {
        String html = renderer.toHtml(markdown).toLowerCase(Locale.ROOT);

        // The words may remain as visible text; what must go are elements, handlers and live links.
        for (String danger : List.of("<script", "<img", "<iframe", "<svg", "<style", "onerror=", "onload=",
                "onclick=", "src=")) {
            assertFalse(html.contains(danger), () -> "'" + danger + "' survived in " + html);
        }
        for (String attribute : hrefs(html)) {
            assertTrue(attribute.startsWith("http") || attribute.startsWith("/") || attribute.startsWith("#"),
                    () -> "unexpected link " + attribute + " in " + html);
        }
    }

    @Test
    void theTextAroundAnAttackStays() {
        assertEquals("<p>前文  后文</p>", renderer.toHtml("前文 <script>alert(1)</script> 后文").strip());
        assertEquals("<p>链接</p>", renderer.toHtml("[链接](JaVaScRiPt:alert(1))").strip());
    }

    @Test
    void safeLinksSurvive() {
        String html = renderer.toHtml("[官网](https://www.court.gov.cn/a?b=1) [旧站](http://example.cn) "
                + "[邮件](mailto:zhixing@example.cn) [案例](/cases/wang-mou) [上级](../policies) [同级](list.html) "
                + "[第二页](?page=2) [锚点](#section-2)");

        assertEquals(List.of("https://www.court.gov.cn/a?b&#61;1", "http://example.cn",
                "mailto:zhixing&#64;example.cn", "/cases/wang-mou", "../policies", "list.html", "?page&#61;2",
                "#section-2"), hrefs(html));
        assertTrue(html.contains(">官网</a>"), html);
    }

    @Test
    void imagesUploadedToTheSiteSurvive() {
        String sha256 = "0123456789abcdef".repeat(4);

        String html = renderer.toHtml("![现场照片](/uploads/" + sha256 + " \"拍摄于执行现场\")");

        assertEquals("<figure><img src=\"/uploads/" + sha256 + "\" alt=\"现场照片\" title=\"拍摄于执行现场\">"
                + "<figcaption>现场照片</figcaption></figure>", html.strip(), "captioned with its alt text");
        assertEquals("<p>见图<img src=\"/uploads/" + sha256 + "\" alt=\"图\"></p>",
                renderer.toHtml("见图![图](/uploads/" + sha256 + ")").strip(), "an image within text stays inline");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "![外站](https://example.cn/a.png)",
        "![协议相对](//example.cn/a.png)",
        "![旁路](/uploads/../static/a.png)",
        "![大写](/uploads/0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF)",
        "![短](/uploads/0123)",
        "![数据](data:image/png;base64,iVBORw0KGgo=)",
        "<img alt=\"src\" src=\"https://example.cn/a.png\">",
    })
    void imagesFromAnywhereElseAreDroppedWhole(String markdown) {
        String html = renderer.toHtml(markdown);

        assertFalse(html.contains("<img"), html);
    }

    @Test
    void tablesSurviveWithTheirAlignment() {
        String html = renderer.toHtml("| 指标 | 数量 |\n|---|--:|\n| 执结案件 | 1,100 |");

        assertEquals("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\">"
                + "<table><thead><tr><th>指标</th><th class=\"align-right\">数量</th></tr></thead>"
                + "<tbody><tr><td>执结案件</td><td class=\"align-right\">1,100</td></tr></tbody></table></div>",
                html.strip(), "a table scrolls in its own region on a phone");
    }

    @Test
    void headingsStartAtH2BecauseThePageTitleIsTheOnlyH1() {
        String html = renderer.toHtml("# 一\n\n## 二\n\n### 三\n\n#### 四\n\n##### 五\n\n###### 六\n\n标题\n===");

        assertEquals("<h2>一</h2>\n<h3>二</h3>\n<h4>三</h4>\n<h5>四</h5>\n<h6>五</h6>\n<h6>六</h6>\n<h2>标题</h2>",
                html.strip());
    }

    @Test
    void theOutlineStartsAtH2AndNeverSkipsALevelWhateverLevelsTheAuthorWrote() {
        assertEquals("<h2>一</h2>\n<h3>二</h3>\n<h2>三</h2>",
                renderer.toHtml("## 一\n\n#### 二\n\n## 三").strip());
        assertEquals("<h2>一</h2>\n<h2>二</h2>\n<h3>三</h3>\n<h4>四</h4>\n<h4>五</h4>",
                renderer.toHtml("### 一\n\n# 二\n\n### 三\n\n###### 四\n\n#### 五").strip());
        assertEquals("<h3>一</h3>\n<h4>二</h4>", renderer.toHtml("# 一\n\n### 二", 3).strip(), "under a section's h2");
    }

    @Test
    void ordinaryFormattingSurvives() {
        String html = renderer.toHtml("第一段**加粗**和*强调*。\n\n- 项一\n- 项二\n\n> 引用\n\n`代码`");

        assertEquals("<p>第一段<strong>加粗</strong>和<em>强调</em>。</p>\n<ul><li>项一</li><li>项二</li></ul>\n"
                + "<blockquote>\n<p>引用</p>\n</blockquote>\n<p><code>代码</code></p>", html.strip());
    }

    @Test
    void plainTextIsReadableWithoutMarkup() {
        String text = renderer.toPlainText("# 总体要求\n\n第一段**加粗**，见[文件](/policies/x)。\n第二行\n\n"
                + "- 项一\n- 项二\n\n<script>alert(1)</script>\n\n| 指标 | 数量 |\n|---|---|\n| 执结 | 1,100 |\n\n"
                + "A &amp; B `x<y`");

        assertEquals("总体要求\n第一段加粗，见文件。\n第二行\n项一\n项二\n指标 数量\n执结 1,100\nA & B x<y", text);
    }

    @Test
    void nullAndBlankGiveEmptyText() {
        assertEquals("", renderer.toHtml(null));
        assertEquals("", renderer.toHtml("  \n"));
        assertEquals("", renderer.toPlainText(null));
        assertEquals("", renderer.toPlainText("\n\n"));
    }

    @Test
    void oneRendererServesManyThreadsAlike() throws Exception {
        String markdown = "# 标题\n\n正文 [链接](/x) <script>x()</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |";
        String expected = renderer.toHtml(markdown);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int task = 0; task < 400; task++) {
                results.add(threads.submit(() -> renderer.toHtml(markdown)));
            }
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<String> hrefs(String html) {
        List<String> found = new ArrayList<>();
        int at = html.indexOf("href=\"");
        while (at >= 0) {
            int end = html.indexOf('"', at + 6);
            found.add(html.substring(at + 6, end));
            at = html.indexOf("href=\"", end);
        }
        return found;
    }
}
