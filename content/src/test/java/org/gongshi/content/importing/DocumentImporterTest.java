package org.gongshi.content.importing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.SaveResult;
import org.gongshi.content.Status;
import org.gongshi.content.bulletins.BulletinRepository;
import org.gongshi.content.cases.CaseRepository;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.policies.PolicyRepository;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentImporterTest {
    private static final String SEED = "004_0fcbc4eea0130725.txt";

    @TempDir
    Path data;

    @TempDir
    Path incoming;

    private CaseRepository cases;
    private PolicyRepository policies;
    private BulletinRepository bulletins;
    private DocumentImporter importer;

    @BeforeEach
    void openStorage() {
        Database database = Storage.migrated(data);
        Outbox outbox = new Outbox(database);
        cases = new CaseRepository(database, outbox);
        policies = new PolicyRepository(database, outbox);
        bulletins = new BulletinRepository(database, outbox);
        importer = new DocumentImporter(cases, policies, bulletins);
    }

    @Test
    void directoryWithEveryKindImportsEachFileAndReportsCreated() throws IOException {
        copyFixture("importing/mixed/case-village.md", "case-village.md");
        copyFixture("importing/mixed/policy-notice.md", "policies/policy-notice.md");
        copyFixture("importing/mixed/bulletin-quarter.md", "bulletin-quarter.md");
        copySeed("policies/" + SEED);

        ImportReport report = importer.importPath(incoming);

        assertEquals(4, report.created(), report::summary);
        assertEquals(1, cases.countPublished());
        assertEquals(2, policies.countPublished());
        assertEquals(1, bulletins.countPublished());
        String slug = PlainTextPolicies.slug("云法治委〔2022〕2号", "");
        assertEquals("中共云浮市委全面依法治市委员会", policies.find(slug).orElseThrow().issuer());
    }

    @Test
    void importingAgainChangesNothingAndRenamingDoesNotDuplicate() throws IOException {
        Path seed = copySeed(SEED);
        importer.importPath(incoming);

        ImportReport again = importer.importPath(incoming);
        Files.move(seed, incoming.resolve("renamed.txt"));
        ImportReport renamed = importer.importPath(incoming);

        assertEquals(List.of(ImportOutcome.UNCHANGED), outcomes(again));
        assertEquals(List.of(ImportOutcome.UNCHANGED), outcomes(renamed));
        assertEquals(1, policies.countPublished());
    }

    @Test
    void changedFileIsReportedAsUpdatedAndTheNewTextIsStored() throws IOException {
        Path file = copyFixture("importing/mixed/case-village.md", "case.md");
        importer.importPath(file);
        Files.writeString(file, Files.readString(file).replace("并按期付清", "并于三个月内全部付清"));

        ImportReport report = importer.importPath(file);

        FileOutcome outcome = report.files().get(0);
        assertEquals(ImportOutcome.UPDATED, outcome.outcome());
        assertEquals("case.md", outcome.file());
        assertTrue(cases.find(outcome.slug()).orElseThrow().enforcement().contains("三个月内全部付清"));
        assertEquals(1, cases.countPublished());
    }

    @Test
    void malformedFileIsReportedWhileTheOthersImport() throws IOException {
        copyFixture("importing/mixed/case-village.md", "a-case.md");
        copyFixture("importing/broken-front-matter.md", "b-broken.md");
        copyFixture("importing/mixed/bulletin-quarter.md", "c-bulletin.md");
        Files.writeString(incoming.resolve("notes.pdf"), "not imported: neither .md nor .txt");
        List<Integer> announced = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void starting(int fileCount) {
                announced.add(fileCount);
            }

            @Override
            public void imported(FileOutcome outcome) {
                seen.add(outcome.file());
            }
        };

        ImportReport report = importer.importPath(incoming, listener);

        assertAll(
                () -> assertEquals(List.of(3), announced),
                () -> assertEquals(List.of("a-case.md", "b-broken.md", "c-bulletin.md"), seen),
                () -> assertEquals(2, report.created()),
                () -> assertEquals(1, report.failed()),
                () -> assertEquals("b-broken.md", report.failures().get(0).file()),
                () -> assertTrue(report.failures().get(0).reason().contains("YAML 头格式有误")),
                () -> assertNull(report.failures().get(0).slug()),
                () -> assertEquals(1, cases.countPublished()),
                () -> assertEquals(1, bulletins.countPublished()));
    }

    @Test
    void twoFilesWithTheSameDocumentNumberInOneImportKeepTheFirst() throws IOException {
        copySeed(SEED);
        Files.copy(incoming.resolve(SEED), incoming.resolve("z-copy.txt"));

        ImportReport report = importer.importPath(incoming);

        assertEquals(List.of(ImportOutcome.CREATED, ImportOutcome.FAILED), outcomes(report));
        assertTrue(report.failures().get(0).reason().contains(SEED), report.failures().get(0).reason());
    }

    @Test
    void gb18030FileImports() throws IOException {
        String text = "某市人民法院\n\n关于示例事项的通知\n\n为做好执行工作，现通知如下。\n";
        Files.write(incoming.resolve("gbk.txt"), text.getBytes(Charset.forName("GB18030")));

        ImportReport report = importer.importPath(incoming);

        String slug = report.files().get(0).slug();
        assertEquals("关于示例事项的通知", policies.find(slug).orElseThrow().title());
        assertEquals("某市人民法院", policies.find(slug).orElseThrow().issuer());
    }

    @Test
    void fileThatIsNotTextFailsWithAReason() throws IOException {
        Files.write(incoming.resolve("binary.txt"), new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x00});
        Files.writeString(incoming.resolve("empty.txt"), "  \n", StandardCharsets.UTF_8);

        ImportReport report = importer.importPath(incoming);

        assertEquals(2, report.failed(), report::summary);
        assertTrue(report.failures().get(0).reason().contains("编码无法识别"), report.failures().get(0).reason());
        assertTrue(report.failures().get(1).reason().contains("空"), report.failures().get(1).reason());
    }

    @Test
    void anUploadIsReadForReviewWithoutBeingSavedThenSavedWithTheStatusStaffChoose() throws IOException {
        byte[] content = Files.readAllBytes(copyFixture("importing/mixed/case-village.md", "upload.md"));

        ImportedDocument document = importer.read("upload.md", content);

        assertAll(
                () -> assertEquals(DocumentKind.CASE, document.kind()),
                () -> assertTrue(document.body().startsWith("## 基本案情\n\n"), document.body()),
                () -> assertTrue(document.body().contains("## 典型意义"), document.body()),
                () -> assertEquals(0, cases.countPublished()),
                () -> assertEquals(Optional.empty(), importer.storedStatus(document)));
        assertEquals(SaveResult.CREATED, importer.save(document, Status.DRAFT));
        assertEquals(Status.DRAFT, cases.find(document.slug()).orElseThrow().status());
        assertEquals(0, cases.countPublished(), "a draft stays off the public site");
        assertEquals(Optional.of(Status.DRAFT), importer.storedStatus(document));
        assertEquals(SaveResult.UPDATED, importer.save(document, Status.PUBLISHED));
        assertEquals(1, cases.countPublished());
    }

    @Test
    void aPlainTextPolicyShowsItsHeaderForReview() throws IOException {
        byte[] content = Files.readAllBytes(copySeed(SEED));

        ImportedDocument document = importer.read(SEED, content);

        assertEquals(DocumentKind.POLICY, document.kind());
        assertEquals("云法治委〔2022〕2号", document.documentNumber());
        assertEquals("中共云浮市委全面依法治市委员会", document.issuer());
    }

    @Test
    void aBinaryFileDisguisedAsTextOrAnotherKindOfFileIsRefusedInChinese() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        ImportFailure disguised = assertThrows(ImportFailure.class,
                () -> importer.read("notice.txt", png));
        ImportFailure pdf = assertThrows(ImportFailure.class,
                () -> importer.read("notice.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));

        assertTrue(disguised.getMessage().contains("控制字符"), disguised.getMessage());
        assertTrue(pdf.getMessage().contains(".txt"), pdf.getMessage());
    }

    private static List<ImportOutcome> outcomes(ImportReport report) {
        return report.files().stream().map(FileOutcome::outcome).toList();
    }

    private Path copySeed(String target) throws IOException {
        return copyFixture("demo/policies/" + SEED, target);
    }

    private Path copyFixture(String resource, String target) throws IOException {
        Path destination = incoming.resolve(target);
        Files.createDirectories(destination.getParent());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, destination);
        }
        return destination;
    }
}
