package org.gongshi.index;

import static org.gongshi.index.TestIndex.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HighlightTest {
    private static final String LONG_BODY = "开头的话。".repeat(60) + "这里提到失信惩戒的具体措施。" + "结尾的话。".repeat(60);

    @TempDir
    Path directory;

    private TestIndex index;

    @BeforeEach
    void indexDocuments() throws InterruptedException {
        InMemorySource policies = new InMemorySource("policy", "政策文件")
                .put(document("policy:hostile", "<script>alert(1)</script> 信用 & 惩戒",
                        "正文<script>alert('x')</script>提到信用 & \"修复\"。"))
                .put(document("policy:long", "长文", LONG_BODY));
        index = new TestIndex(directory, List.of(policies)).start();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private SearchHit only(String text) {
        List<SearchHit> hits = index.search(text).hits();
        assertEquals(1, hits.size(), hits.toString());
        return hits.get(0);
    }

    @Test
    void matchesAreMarkedAndEverythingElseIsEscaped() {
        SearchHit hit = only("信用");
        assertEquals("&lt;script&gt;alert(1)&lt;&#x2F;script&gt; <mark>信用</mark> &amp; 惩戒", hit.titleHtml());
        assertTrue(hit.snippetHtml().contains("<mark>信用</mark> &amp; &quot;修复&quot;"), hit.snippetHtml());
        assertFalse(hit.snippetHtml().contains("<script"), hit.snippetHtml());
        assertEquals("<script>alert(1)</script> 信用 & 惩戒", hit.title());
    }

    @Test
    void phraseMatchesAreMarkedWhole() {
        SearchHit hit = only("失信惩戒");
        assertTrue(hit.snippetHtml().contains("提到<mark>失信惩戒</mark>的"), hit.snippetHtml());
    }

    @Test
    void snippetIsAPassageAroundTheMatch() {
        String snippet = only("失信惩戒").snippetHtml();
        String text = snippet.replace("<mark>", "").replace("</mark>", "");
        assertTrue(text.contains("失信惩戒"), snippet);
        assertTrue(text.length() >= 80 && text.length() <= 200, text.length() + ": " + snippet);
        // Centred on the match: some of the text before it and some after it.
        assertTrue(text.contains("开头的话") && text.contains("结尾的话"), snippet);
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), "cut inside the text on both sides: " + snippet);
    }

    @Test
    void withoutBodyMatchTheSnippetIsTheBeginningOfTheBody() {
        SearchHit hit = only("长文");
        assertEquals("<mark>长文</mark>", hit.titleHtml());
        assertTrue(hit.snippetHtml().startsWith("开头的话。开头的话。"), hit.snippetHtml());
        assertTrue(hit.snippetHtml().endsWith("…"), "the rest of the body follows: " + hit.snippetHtml());
        assertFalse(hit.snippetHtml().contains("<mark>"), hit.snippetHtml());
    }

    @Test
    void emptyQueryStillGivesEscapedTitlesAndSnippets() {
        SearchHit hit = index.search("").hits().stream().filter(each -> each.id().equals("policy:hostile")).findFirst()
                .orElseThrow();
        assertEquals("&lt;script&gt;alert(1)&lt;&#x2F;script&gt; 信用 &amp; 惩戒", hit.titleHtml());
        assertTrue(hit.snippetHtml().startsWith("正文&lt;script&gt;"), hit.snippetHtml());
    }
}
