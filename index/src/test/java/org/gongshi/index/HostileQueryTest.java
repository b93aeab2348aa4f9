package org.gongshi.index;

import static org.gongshi.index.TestIndex.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileQueryTest {
    private TestIndex index;

    @BeforeAll
    void indexDocuments(@TempDir Path directory) throws InterruptedException {
        InMemorySource policies = new InMemorySource("policy", "政策文件")
                .put(document("policy:one", "title AND 执行 OR NOT", "正文 * \\ 😀 表情"));
        index = new TestIndex(directory, List.of(policies)).start();
    }

    @AfterAll
    void close() {
        index.close();
    }

    static List<String> hostileTexts() {
        return List.of("", " ", "title:*", "\"unbalanced", "AND", "OR", "NOT", "+", "-", "*", "?", "\\", "😀", "~1",
                "执行~", "(", ")", "[", "{", "/", "a:b:c", "\"\"", "\u0000", "\uD800", "执".repeat(10_000),
                "执行 ".repeat(5_000), "[2022]", "〔", "号", "云法治委〔2022〕".repeat(500) + "2号");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void neverThrows(String text) {
        SearchResults results = index.search(text);
        assertEquals(results.hits().size(), Math.min(results.total(), 10));
    }

    @ParameterizedTest
    @MethodSource("operatorsTakenLiterally")
    void operatorsAreOrdinaryWords(String text) {
        assertEquals(List.of("policy:one"), index.ids(text));
    }

    static List<String> operatorsTakenLiterally() {
        return List.of("title", "AND", "or", "not", "😀", "title:*");
    }
}
