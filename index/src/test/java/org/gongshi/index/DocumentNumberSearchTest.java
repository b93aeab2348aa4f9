package org.gongshi.index;

import static org.gongshi.index.TestIndex.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberSearchTest {
    @TempDir
    Path directory;

    private TestIndex index;

    @BeforeEach
    void indexDocuments() throws InterruptedException {
        InMemorySource policies = new InMemorySource("policy", "政策文件")
                // Mentions the number in its body many times, which would win on text alone.
                .put(document("policy:citing", "关于转发云法治委〔2022〕2号文件的通知",
                        "云法治委〔2022〕2号 云法治委〔2022〕2号 云法治委〔2022〕2号 要求各单位落实。"))
                .put(new SearchDocument("policy:numbered", "policy", "关于加强综合治理从源头切实解决执行难问题的实施方案",
                        "各县（市、区）党委全面依法治县委员会。", "/policy/numbered", null, "云法治委〔2022〕2号",
                        null, null, null))
                .put(new SearchDocument("policy:other-year", "policy", "另一份文件", "正文。", "/policy/other-year", null,
                        "云法治委〔2021〕2号", null, null, null))
                .put(document("policy:cites-state-council", "营商环境工作方案",
                        "根据《国务院办公厅关于复制推广营商环境创新试点改革举措的通知》（国办发〔2022〕35号）要求，制定本方案。"));
        InMemorySource cases = new InMemorySource("case", "典型案例")
                .put(new SearchDocument("case:beijing", "case", "某公司申请执行案", "案情简介。", "/case/beijing", null,
                        "（2023）京0105执1234号", null, null, null));
        index = new TestIndex(directory, List.of(policies, cases)).start();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"云法治委〔2022〕2号", "云法治委[2022]2号", "云法治委（２０２２）２号", "云法治委 〔2022〕 2 号",
        "云法治委(2022)2号", "云法治委【2022】2号"})
    void everyBracketFormFindsTheNumberedDocumentFirst(String typed) {
        List<String> ids = index.ids(typed);
        assertEquals("policy:numbered", ids.get(0), ids.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(2023)京0105执1234号", "〔2023〕京0105执1234号", "（２０２３）京0105执1234号"})
    void caseNumbersMatchTheirCanonicalForm(String typed) {
        assertEquals(List.of("case:beijing"), index.ids(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"国办发〔2022〕35号", "国办发[2022]35号", "国办发（2022）35号"})
    void numbersCitedInBodyTextAreFound(String typed) {
        assertEquals(List.of("policy:cites-state-council"), index.ids(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"云法治委〔2020〕2号", "国办发〔2022〕36号"})
    void anotherYearOrSerialIsAnotherNumber(String typed) {
        assertEquals(List.of(), index.ids(typed));
    }
}
