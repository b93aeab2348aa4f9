package org.gongshi.content.listings.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gongshi.content.listings.IdentifierKeys;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.listings.demo.SyntheticListings;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingImporterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path directory;

    private ListingImporter importer;
    private ListingRepository repository;
    private Outbox outbox;

    @BeforeEach
    void openStorage() {
        Database database = Storage.migrated(directory);
        outbox = new Outbox(database);
        repository = new ListingRepository(database, outbox, CLOCK);
        importer = new ListingImporter(repository, IdentifierKeys.load(directory.resolve("identifier.key")), CLOCK);
    }

    @Test
    void aDryRunReportsWhatAnImportWouldRejectAndWritesNothing() throws Exception {
        ListingFileCheck check = importer.check(fixture("utf8-bom.csv"), ListingImportListener.NONE);

        assertEquals(6, check.rows(), check.summary());
        assertEquals(2, check.valid(), check.summary());
        assertEquals(List.of(3L, 4L, 5L, 6L), check.rejected().stream().map(RowProblem::line).toList());
        assertTrue(check.warnings().stream().anyMatch(w -> w.line() == 7 && w.reason().contains("遮蔽")));
        assertEquals("共 6 行：可导入 2，拒绝 4，警告 " + check.warnings().size(), check.summary());
        assertEquals(0, repository.countPublic());
        assertEquals(0, outbox.lastSequence());
    }

    @Test
    void aDryRunAppliesTheRepositorysOwnLastChecks() throws Exception {
        Path file = directory.resolve("full-id.csv");
        Files.writeString(file, "被执行人姓名/名称,案号\n"
                + "王某甲 110105198001011238,（2023）京0105执1234号\n"
                + "王某乙,（2023）京0105执1235号\n");

        ListingFileCheck check = importer.check(file, ListingImportListener.NONE);

        assertEquals(1, check.valid(), check.summary());
        assertEquals(List.of(2L), check.rejected().stream().map(RowProblem::line).toList());
        assertTrue(check.rejected().get(0).reason().contains("居民身份证号码"), check.rejected().toString());
    }

    @Test
    void utf8WithByteOrderMarkRejectsEachBadRowOnItsLine() throws Exception {
        ListingImportReport report = importer.importFile(fixture("utf8-bom.csv"), ListingImportListener.NONE);

        assertEquals(2, report.accepted(), report.toJson());
        assertEquals(List.of(3L, 4L, 5L, 6L), report.rejected().stream().map(RowProblem::line).toList(),
                report.toJson());
        assertTrue(report.rejected().get(0).reason().contains("案号"), report.toJson());
        assertTrue(report.rejected().get(1).reason().contains("校验码"), report.toJson());
        assertTrue(report.rejected().get(2).reason().contains("列数"), report.toJson());
        assertTrue(report.rejected().get(3).reason().contains("18"), report.toJson());
        assertTrue(report.warnings().stream().anyMatch(w -> w.line() == 1 && w.reason().contains("备注")),
                "the unknown column is reported once on the header line: " + report.toJson());
        assertTrue(report.warnings().stream().anyMatch(w -> w.line() == 7 && w.reason().contains("遮蔽")),
                report.toJson());
    }

    @Test
    void reimportUpdatesNothingAndCreatesNoDuplicates() throws Exception {
        importer.importFile(fixture("utf8-bom.csv"), ListingImportListener.NONE);

        ListingImportReport again = importer.importFile(fixture("utf8-bom.csv"), ListingImportListener.NONE);

        assertEquals(0, again.accepted(), again.toJson());
        assertEquals(0, again.updated(), again.toJson());
        assertEquals(2, again.unchanged(), again.summary());
    }

    @Test
    void gb18030WithColumnsInAnotherOrder() throws Exception {
        ListingImportReport report = importer.importFile(fixture("gb18030.csv"), ListingImportListener.NONE);

        assertEquals(1, report.accepted(), report.toJson());
        assertEquals(List.of(), report.rejected());
    }

    @Test
    void jsonLinesWithTheNationalKeys() throws Exception {
        ListingImportReport report = importer.importFile(fixture("national.jsonl"), ListingImportListener.NONE);

        assertEquals(1, report.accepted(), report.toJson());
        assertEquals(List.of(2L), report.rejected().stream().map(RowProblem::line).toList(), report.toJson());
        assertTrue(report.warnings().stream().anyMatch(w -> w.reason().contains("partyTypeName")), report.toJson());
    }

    @Test
    void jsonNumbersOutOfBoundsAreRejectedRowsWhateverTheirLiteral() throws Exception {
        ListingImportReport report = importer.importFile(fixture("hostile-numbers.jsonl"),
                ListingImportListener.NONE);

        assertEquals(1, report.accepted(), report.toJson());
        assertEquals(List.of(1L, 2L, 3L, 4L), report.rejected().stream().map(RowProblem::line).toList(),
                report.toJson());
        assertTrue(report.rejected().get(0).reason().contains("金额应为数字"), report.toJson());
        assertTrue(report.rejected().get(3).reason().contains("金额不能超过"), report.toJson());
        assertTrue(report.rejected().get(2).reason().contains("日期"), report.toJson());
    }

    @Test
    void anExplicitEndOrTermInYearsWinsOverArticleTwosDefault() throws Exception {
        Path file = directory.resolve("terms.csv");
        java.nio.file.Files.writeString(file, "被执行人姓名/名称,案号,列入决定日期,失信被执行人行为具体情形,失信期限届满日期,纳入期限\n"
                + "甲公司,（2024）京0108执1号,2024-03-01,违反财产报告制度,2027-06-30,\n"
                + "乙公司,（2024）京0108执2号,2024-03-01,违反财产报告制度,,3年\n"
                + "丙公司,（2024）京0108执3号,2024-03-01,违反财产报告制度,,\n"
                + "丁公司,（2024）京0108执4号,2024-03-01,有履行能力而拒不履行生效法律文书确定义务,,\n"
                + "戊公司,（2024）京0108执5号,2024-03-01,违反财产报告制度,,9\n");

        ListingImportReport report = importer.importFile(file, ListingImportListener.NONE);

        assertEquals(4, report.accepted(), report.toJson());
        assertTrue(report.rejected().get(0).reason().contains("纳入期限"), report.toJson());
        assertEquals(java.util.Arrays.asList(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 3, 1),
                LocalDate.of(2026, 3, 1), null), java.util.stream.IntStream.rangeClosed(1, 4)
                .mapToObj(n -> repository.findByCaseNumber("（2024）京0108执" + n + "号").get(0).expiresOn())
                .toList());
    }

    @Test
    void reportJsonHasExactlyTheFourKeys() throws Exception {
        String json = importer.importFile(fixture("utf8-bom.csv"), ListingImportListener.NONE).toJson()
                .replaceAll("\\s+", "");

        assertTrue(json.matches("\\{\"accepted\":2,\"updated\":0,\"rejected\":\\[\\{\"line\":3,\"reason\":\"[^\"]+\"}.*"
                + "],\"warnings\":\\[\\{\"line\":1,.*]}"), json);
    }

    @Test
    void aFileWithoutARecognisableHeaderIsNotImported() {
        byte[] bytes = "姓名,地址\n王某甲,北京\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ListingImportException failure = assertThrows(ListingImportException.class,
                () -> importer.importStream("x.csv", new ByteArrayInputStream(bytes), ListingImportListener.NONE));
        assertTrue(failure.getMessage().contains("表头"), failure.getMessage());
    }

    @Test
    void manySmallBatchesSaveEveryRowOnceAndARowRepeatedLaterUpdatesIt() throws Exception {
        StringWriter csv = new StringWriter();
        new SyntheticListings(7, LocalDate.of(2025, 6, 1)).writeCsv(40, csv);
        String[] first = csv.toString().lines().skip(1).findFirst().orElseThrow().split(",", -1);
        String[] changed = first.clone();
        changed[14] = "1";
        String[] refused = csv.toString().lines().skip(2).findFirst().orElseThrow().split(",", -1);
        refused[7] = refused[7].replace("执", "执9");
        refused[11] = "身份证号码11010519491231002X";
        Path file = directory.resolve("many.csv");
        Files.writeString(file, csv + String.join(",", changed) + "\n" + String.join(",", refused) + "\n");
        ListingImporter smallBatches = new ListingImporter(repository,
                IdentifierKeys.load(directory.resolve("identifier.key")), CLOCK, 4);

        ListingImportReport report = smallBatches.importFile(file, ListingImportListener.NONE);

        assertEquals(40, report.accepted(), report.toJson());
        assertEquals(1, report.updated(), report.toJson());
        assertEquals(List.of(43L), report.rejected().stream().map(RowProblem::line).toList(), report.toJson());
        assertEquals(40, repository.countPublic());
    }

    private static Path fixture(String name) throws URISyntaxException, IOException {
        return Path.of(ListingImporterTest.class.getResource("/listings/" + name).toURI());
    }
}
