package org.gongshi.content.uploads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.StorageException;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.gongshi.content.testing.TestUploadPolicies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:30:00Z");

    @TempDir
    Path directory;

    private Database database;
    private SettableClock clock;
    private Path root;
    private UploadStore articles;

    @BeforeEach
    void open() {
        database = Storage.migrated(directory);
        clock = new SettableClock(NOW);
        root = directory.resolve("uploads");
        articles = new Uploads(root, database, clock).articles();
    }

    @ParameterizedTest
    @CsvSource({"notice.pdf, PDF", "photo.jpg, JPEG", "seal.png, PNG", "chart.gif, GIF", "pixel.webp, WEBP"})
    void eachAcceptedTypeIsStoredUnderItsHashAndRecorded(String fixture, MediaType type) throws IOException {
        byte[] bytes = UploadFixtures.bytes(fixture);
        String sha256 = sha256(bytes);

        StoredUpload upload = articles.store(new ByteArrayInputStream(bytes), fixture, UploadPolicy.ARTICLE_FILES,
                "编辑甲");

        assertEquals(new StoredUpload("articles", sha256, type, bytes.length, fixture, NOW, "编辑甲"), upload);
        Path file = root.resolve("articles").resolve(sha256.substring(0, 2)).resolve(sha256);
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(Optional.of(upload), articles.find(sha256));
        try (InputStream stored = articles.open(sha256).orElseThrow()) {
            assertArrayEquals(bytes, stored.readAllBytes());
        }
        assertEquals(List.of(), files(root.resolve("articles").resolve(UploadStore.INCOMING)));
    }

    @ParameterizedTest
    @CsvSource({"drawing.svg, drawing.svg", "page.html, page.html", "script.pdf, script.pdf",
        "indented.pdf, indented.pdf", "html-named-pdf.pdf, %PDF-1.7.pdf", "archive.zip, 证据.pdf",
        "chart.gif, chart.gif", "pixel.webp, pixel.pdf"})
    void everythingButPdfJpegAndPngIsRefusedAsEvidenceAndLeavesNothing(String fixture, String sentAs)
            throws IOException {
        UploadStore evidence = evidence();
        InputStream content = new ByteArrayInputStream(UploadFixtures.bytes(fixture));

        UploadTypeNotAllowedException refused = assertThrows(UploadTypeNotAllowedException.class,
                () -> evidence.store(content, sentAs, TestUploadPolicies.EVIDENCE, "公众"));

        assertEquals("只接受 PDF、JPEG、PNG 文件", refused.getMessage());
        assertNothingStored();
    }

    @Test
    void articlesNameEveryTypeTheyTake() {
        UploadTypeNotAllowedException refused = assertThrows(UploadTypeNotAllowedException.class,
                () -> articles.store(new ByteArrayInputStream(UploadFixtures.bytes("drawing.svg")), "a.svg",
                        UploadPolicy.ARTICLE_FILES, "编辑甲"));

        assertEquals("只接受 PDF、JPEG、PNG、GIF、WebP 文件", refused.getMessage());
    }

    @Test
    void aPdfHeaderInFrontOfHtmlIsRefusedAsDamaged() throws IOException {
        DamagedUploadException refused = assertThrows(DamagedUploadException.class, () -> evidence().store(
                new ByteArrayInputStream(UploadFixtures.bytes("header-only.pdf")), "a.pdf", TestUploadPolicies.EVIDENCE,
                "公众"));

        assertEquals("PDF 文件不完整或已损坏", refused.getMessage());
        assertNothingStored();
    }

    @Test
    void anEndlessStreamIsRefusedOneBytePastTheLimit() throws IOException {
        long limit = 1024 * 1024;
        UploadPolicy policy = new UploadPolicy(EnumSet.of(MediaType.PNG), limit, 1);
        EndlessInput endless = new EndlessInput(UploadFixtures.bytes("seal.png"));

        UploadTooLargeException refused = assertThrows(UploadTooLargeException.class,
                () -> articles.store(endless, "huge.png", policy, "编辑甲"));

        assertEquals("文件超过 1 MB 上限", refused.getMessage());
        assertEquals(limit + 1, endless.delivered());
        assertNothingStored();
    }

    @Test
    void evidenceStopsAtTenMegabytes() throws IOException {
        EndlessInput endless = new EndlessInput(UploadFixtures.bytes("notice.pdf"));

        UploadTooLargeException refused = assertThrows(UploadTooLargeException.class,
                () -> evidence().store(endless, "huge.pdf", TestUploadPolicies.EVIDENCE, "公众"));

        assertEquals("文件超过 10 MB 上限", refused.getMessage());
        assertEquals(10 * 1024 * 1024 + 1, endless.delivered());
        assertNothingStored();
    }

    @Test
    void aFileOfExactlyTheLimitIsTaken() {
        byte[] bytes = UploadFixtures.bytes("photo.jpg");
        UploadPolicy policy = new UploadPolicy(EnumSet.of(MediaType.JPEG), bytes.length, 1);

        assertEquals(bytes.length, articles.store(new ByteArrayInputStream(bytes), "a.jpg", policy, "编辑甲")
                .sizeBytes());
    }

    @Test
    void aRefusedTypeIsRefusedWithoutReadingTheRest() throws IOException {
        EndlessInput endless = new EndlessInput("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        assertThrows(UploadTypeNotAllowedException.class,
                () -> articles.store(endless, "a.pdf", UploadPolicy.ARTICLE_FILES, "编辑甲"));

        assertTrue(endless.delivered() <= 64 * 1024, "read " + endless.delivered() + " bytes");
        assertNothingStored();
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        EmptyUploadException refused = assertThrows(EmptyUploadException.class,
                () -> articles.store(InputStream.nullInputStream(), "a.pdf", UploadPolicy.ARTICLE_FILES, "编辑甲"));

        assertEquals("文件为空", refused.getMessage());
        assertNothingStored();
    }

    @Test
    void theSameBytesTwiceAreOneFileAndOneRowWithTheFirstName() throws IOException {
        byte[] bytes = UploadFixtures.bytes("notice.pdf");
        StoredUpload first = articles.store(new ByteArrayInputStream(bytes), "通知.pdf", UploadPolicy.ARTICLE_FILES,
                "编辑甲");
        clock.advance(Duration.ofHours(1));

        StoredUpload second = articles.store(new ByteArrayInputStream(bytes), "另一个名字.pdf",
                UploadPolicy.ARTICLE_FILES, "编辑乙");

        assertEquals(first.sha256(), second.sha256());
        assertEquals("另一个名字.pdf", second.displayName());
        assertEquals("编辑乙", second.uploadedBy());
        assertEquals(Optional.of(first), articles.find(first.sha256()));
        assertEquals(1, storedFiles().size());
        assertEquals(1, rowCount());
    }

    @Test
    void traversalNamesOnlyEverNameTheFile() throws IOException {
        byte[] bytes = UploadFixtures.bytes("notice.pdf");

        StoredUpload upload = articles.store(new ByteArrayInputStream(bytes), "../../../gongshi.db",
                UploadPolicy.ARTICLE_FILES, "编辑甲");

        assertEquals("gongshi.pdf", upload.displayName());
        assertEquals(List.of(root.resolve("articles").resolve(upload.sha256().substring(0, 2))
                .resolve(upload.sha256())), storedFiles());
        assertTrue(Files.size(directory.resolve("gongshi.db")) > 0, "the database is untouched");
    }

    @Test
    void lookupsTakeOnlyWellFormedHashes() {
        StoredUpload upload = articles.store(new ByteArrayInputStream(UploadFixtures.bytes("seal.png")), "a.png",
                UploadPolicy.ARTICLE_FILES, "编辑甲");

        for (String malformed : new String[] {upload.sha256().toUpperCase(), upload.sha256().substring(1),
            "../" + upload.sha256().substring(3), upload.sha256() + "/", "", null}) {
            assertEquals(Optional.empty(), articles.find(malformed), malformed);
            assertEquals(Optional.empty(), articles.open(malformed), malformed);
        }
    }

    @Test
    void areasAreKeptApart() {
        StoredUpload upload = evidence().store(new ByteArrayInputStream(UploadFixtures.bytes("notice.pdf")),
                "证据.pdf", TestUploadPolicies.EVIDENCE, "公众");

        assertEquals(Optional.empty(), articles.find(upload.sha256()));
        assertEquals(Optional.empty(), articles.open(upload.sha256()));
        assertTrue(Files.isRegularFile(root.resolve("plugin-objections").resolve(upload.sha256().substring(0, 2))
                .resolve(upload.sha256())));
    }

    @Test
    void areaNamesCannotLeaveTheRoot() {
        for (String name : new String[] {"..", "../site", "articles/x", "Articles", "", "-x", "a--b", "a".repeat(41)}) {
            assertThrows(IllegalArgumentException.class, () -> new Uploads(root, database, clock).area(name), name);
        }
    }

    @Test
    void aFileIsRecordedInTheCallersTransactionAndAnAbandonedOneIsSweptLater() throws IOException {
        SettableClock fileTime = new SettableClock(Instant.now()); // sweeping compares with the files' own times
        UploadStore evidence = new Uploads(root, database, fileTime).area("plugin-objections");
        StoredFile kept = evidence.storeFile(new ByteArrayInputStream(UploadFixtures.bytes("notice.pdf")), "a.pdf",
                TestUploadPolicies.EVIDENCE);
        StoredFile abandoned = evidence.storeFile(new ByteArrayInputStream(UploadFixtures.bytes("photo.jpg")),
                "b.jpg", TestUploadPolicies.EVIDENCE);
        database.inTransaction(transaction -> evidence.record(transaction, kept, "公众"));
        assertThrows(IllegalStateException.class, () -> database.inTransaction(transaction -> {
            evidence.record(transaction, abandoned, "公众");
            throw new IllegalStateException("the objection could not be saved");
        }));
        assertEquals(Optional.empty(), evidence.find(abandoned.sha256()));
        assertEquals(2, storedFiles().size(), "the abandoned file stays until it is swept");

        assertEquals(0, evidence.sweepOrphans(Duration.ofDays(1)), "too young to sweep");
        fileTime.advance(Duration.ofDays(2));
        assertEquals(1, evidence.sweepOrphans(Duration.ofDays(1)));

        assertEquals(1, storedFiles().size());
        assertTrue(evidence.find(kept.sha256()).isPresent());
        assertTrue(evidence.open(kept.sha256()).isPresent());
        assertThrows(StorageException.class, () -> database.inTransaction(
                transaction -> evidence.record(transaction, abandoned, "公众")), "a swept file cannot be recorded");
    }

    @Test
    void aFileStoredInOneAreaCannotBeRecordedInAnother() {
        StoredFile file = evidence().storeFile(new ByteArrayInputStream(UploadFixtures.bytes("notice.pdf")),
                "a.pdf", TestUploadPolicies.EVIDENCE);

        assertThrows(IllegalArgumentException.class,
                () -> database.inTransaction(transaction -> articles.record(transaction, file, "编辑甲")));
    }

    @Test
    void aFormMayCarryOnlySoManyFiles() {
        TestUploadPolicies.EVIDENCE.checkFileCount(5);

        TooManyFilesException refused =
                assertThrows(TooManyFilesException.class, () -> TestUploadPolicies.EVIDENCE.checkFileCount(6));
        assertEquals("最多上传 5 个文件", refused.getMessage());
    }

    private UploadStore evidence() {
        return new Uploads(root, database, clock).area("plugin-objections");
    }

    private void assertNothingStored() throws IOException {
        assertEquals(List.of(), storedFiles());
        assertEquals(0, rowCount());
    }

    /** Every file under the root, partial ones included. */
    private List<Path> storedFiles() throws IOException {
        return files(root);
    }

    private static List<Path> files(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private int rowCount() {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM upload")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
