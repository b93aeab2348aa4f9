package org.gongshi.content.staging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.gongshi.content.listings.importing.RowProblem;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedImportsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T02:15:00Z");
    private static final String HASH = "a".repeat(64);

    @TempDir
    Path directory;

    private Database database;
    private StagedImports staged;

    @BeforeEach
    void open() {
        database = Storage.migrated(directory);
        staged = new StagedImports(database, new SettableClock(NOW));
    }

    @Test
    void aListingFileIsStagedWithItsDryRunAndReadBack() {
        List<RowProblem> rejected = List.of(new RowProblem(3, "缺少案号"), new RowProblem(5, "列数不对"));
        long id = stage(NewStagedImport.listings("名单.csv", HASH, 2_048, "editor1", new RowCounts(6, 4, 2, 1),
                rejected, List.of(new RowProblem(1, "未知列“备注”"))));

        StagedImport file = staged.find(id).orElseThrow();
        assertEquals(ImportKind.LISTINGS, file.kind());
        assertEquals(ImportState.STAGED, file.state());
        assertEquals(Optional.of(new RowCounts(6, 4, 2, 1)), file.counts());
        assertEquals(NOW, file.stagedAt());
        assertEquals("editor1", file.stagedBy());
        assertEquals(new StagedProblems(rejected, List.of(new RowProblem(1, "未知列“备注”"))), staged.problems(id));
        assertEquals(1, staged.countAwaiting(ImportKind.LISTINGS));
        assertEquals(0, staged.countAwaiting(ImportKind.DOCUMENT));
    }

    @Test
    void onlyTheFirstProblemsAreKept() {
        List<RowProblem> many = LongStream.rangeClosed(2, 1_000).mapToObj(line -> new RowProblem(line, "缺少案号"))
                .toList();
        long id = stage(NewStagedImport.listings("大.csv", HASH, 1, "editor1", new RowCounts(999, 0, 999, 0), many,
                List.of()));

        assertEquals(StagedImports.KEPT_PROBLEMS, staged.problems(id).rejected().size());
        assertEquals(999, staged.find(id).orElseThrow().counts().orElseThrow().rejected());
    }

    @Test
    void aFileIsDecidedOnceAndTheSecondDecisionChangesNothing() {
        long id = stage(NewStagedImport.document("通知.txt", HASH, 10, "editor1", "关于示例事项的通知"));

        boolean published = database.inTransaction(connection -> staged.decide(connection, id,
                ImportState.PUBLISHED, "reviewer1", "已发布"));
        boolean discardedAfterwards = database.inTransaction(connection -> staged.decide(connection, id,
                ImportState.DISCARDED, "editor1", "放弃"));

        assertTrue(published);
        assertFalse(discardedAfterwards);

        StagedImport file = staged.find(id).orElseThrow();
        assertEquals(ImportState.PUBLISHED, file.state());
        assertEquals(Optional.of("reviewer1"), file.decidedBy());
        assertEquals(Optional.of("已发布"), file.outcome());
        assertEquals(Optional.of("关于示例事项的通知"), file.title());
        assertEquals(0, staged.countAwaiting(ImportKind.DOCUMENT));
    }

    @Test
    void recentListsNewestFirst() {
        long first = stage(NewStagedImport.document("a.md", HASH, 1, "editor1", "甲"));
        long second = stage(NewStagedImport.document("b.md", HASH, 1, "editor1", "乙"));

        assertEquals(List.of(second, first), staged.recent(10).stream().map(StagedImport::id).toList());
        assertEquals(List.of(second), staged.recent(1).stream().map(StagedImport::id).toList());
    }

    private long stage(NewStagedImport file) {
        return database.inTransaction(connection -> staged.stage(connection, file));
    }
}
