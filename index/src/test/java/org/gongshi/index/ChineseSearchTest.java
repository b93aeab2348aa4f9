package org.gongshi.index;

import static org.gongshi.index.TestIndex.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChineseSearchTest {
    @TempDir
    Path directory;

    private TestIndex index;

    @BeforeEach
    void indexDocuments() throws InterruptedException {
        InMemorySource policies = new InMemorySource("policy", "政策文件")
                .put(document("policy:together", "切实解决执行难问题的实施方案", "从源头切实解决执行难，优化法治化营商环境。"))
                .put(document("policy:apart", "执行工作情况通报", "执行案件逐步增加，办案压力很难缓解。"))
                .put(document("policy:traditional", "關於誠信建設的意見", "推進政務誠信建設，強化司法公信。"))
                .put(document("policy:latin", "ＡＢＣ平台上线公告", "全国法院统一办案平台ABC正式启用，编号２０２３。"))
                .put(document("policy:credit", "失信被执行人名单管理办法", "对失信被执行人实施联合惩戒。"));
        index = new TestIndex(directory, List.of(policies)).start();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void oneCharacterFindsEveryTextContainingIt() {
        assertEquals(List.of("policy:apart"), index.ids("压"));
        assertEquals(3, index.ids("执").size());
    }

    @Test
    void twoCharactersMatchAsAWord() {
        assertEquals(List.of("policy:credit"), index.ids("失信"));
    }

    @Test
    void longerTermsMustMatchAsPhrases() {
        // policy:apart has 执行 and 难 but not next to each other.
        assertEquals(List.of("policy:together"), index.ids("执行难"));
    }

    @Test
    void everyTermIsRequired() {
        assertEquals(List.of("policy:together"), index.ids("执行 营商"));
        assertEquals(List.of(), index.ids("执行 诚信建设"));
    }

    @Test
    void quotedPhraseMatchesAcrossItsSpace() {
        assertEquals(List.of("policy:credit"), index.ids("\"失信被执行人 名单\""));
    }

    @Test
    void traditionalAndSimplifiedFindEachOther() {
        assertEquals(List.of("policy:traditional"), index.ids("诚信建设"));
        assertEquals(List.of("policy:together"), index.ids("執行難"));
    }

    @Test
    void fullWidthAndCaseAreFolded() {
        assertEquals(List.of("policy:latin"), index.ids("abc"));
        assertEquals(List.of("policy:latin"), index.ids("ＡＢＣ"));
        assertEquals(List.of("policy:latin"), index.ids("2023"));
    }

    @Test
    void titleMatchesRankAboveBodyMatches() {
        List<String> ids = index.ids("执行");
        assertEquals("policy:apart", ids.get(0), ids.toString());
        assertTrue(ids.containsAll(List.of("policy:together", "policy:credit")));
    }
}
