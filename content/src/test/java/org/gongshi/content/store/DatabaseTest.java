package org.gongshi.content.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.outbox.OutboxEntry;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path directory;

    @Test
    void everyConnectionRunsWithWalFullSynchronousAndForeignKeys() {
        Database database = Storage.migrated(directory);

        List<String> settings = database.read(connection -> {
            List<String> values = new ArrayList<>();
            try (Statement statement = connection.createStatement()) {
                for (String pragma : List.of("journal_mode", "synchronous", "foreign_keys", "busy_timeout")) {
                    try (ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
                        rows.next();
                        values.add(rows.getString(1));
                    }
                }
            }
            return values;
        });

        assertEquals(List.of("wal", "2", "1", "10000"), settings);
    }

    @Test
    void committedPagesReachTheDatabaseFileWithoutTheWriterCopyingThem() throws Exception {
        Database database = Storage.migrated(directory);
        Path file = directory.resolve("gongshi.db");
        long before = Files.size(file);

        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE filler (text TEXT)");
                statement.execute("INSERT INTO filler WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                        + " WHERE i < 2000) SELECT printf('%.500c', 'x') FROM n");
            }
            return null;
        });

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (Files.size(file) < before + 1_000_000 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(Files.size(file) >= before + 1_000_000, "a megabyte of rows copied into " + file);
    }

    @Test
    void aFailingTransactionLeavesNothingBehind() {
        Database database = Storage.migrated(directory);
        Outbox outbox = new Outbox(database);

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> database.inTransaction(t -> {
            outbox.record(t, "case", "first");
            outbox.record(t, "case", "second");
            throw new IllegalStateException("the import found a broken file");
        }));

        assertEquals("the import found a broken file", failure.getMessage());
        assertEquals(0, outbox.lastSequence());
    }

    @Test
    void anErrorInsideATransactionRollsItBackAndTheNextWriteOfAnyProcessWorks() {
        Database database = Storage.migrated(directory);
        Outbox outbox = new Outbox(database);

        assertThrows(OutOfMemoryError.class, () -> database.inTransaction(t -> {
            outbox.record(t, "case", "never-committed");
            throw new OutOfMemoryError("as building a message for 1E+999999999 did");
        }));

        assertEquals(0, outbox.lastSequence(), "the failed write left nothing");
        assertTrue(database.canWrite(), "the writer is not stuck inside BEGIN IMMEDIATE");
        Database anotherProcess = Database.open(directory.resolve("gongshi.db"));
        record(anotherProcess, "the CLI's listing remove");
        record(database, "a staff sign-in");
        assertEquals(List.of("the CLI's listing remove", "a staff sign-in"),
                outbox.after(0, 10).stream().map(OutboxEntry::id).toList());
        anotherProcess.close();
    }

    @Test
    void anErrorInASharedTransactionIsUndoneAloneAndTheNextSharedWriteWorks() {
        Database database = Storage.migrated(directory);
        Outbox outbox = new Outbox(database);

        assertThrows(StackOverflowError.class, () -> database.inSharedTransaction(t -> {
            outbox.record(t, "case", "never-committed");
            throw new StackOverflowError();
        }));
        String kept = database.inSharedTransaction(t -> {
            outbox.record(t, "case", "an objection filed next");
            return "filed";
        });

        assertEquals("filed", kept);
        assertEquals(List.of("an objection filed next"), outbox.after(0, 10).stream().map(OutboxEntry::id).toList());
    }

    @Test
    void aWriterWhoseTransactionCannotBeRolledBackIsReplaced() {
        Database database = Storage.migrated(directory);
        Outbox outbox = new Outbox(database);

        // The work ends the transaction itself, so the ROLLBACK after its failure fails: the state is unknown.
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> database.inTransaction(t -> {
            Database.execute(t, "ROLLBACK");
            throw new IllegalStateException("broken half-way");
        }));
        record(database, "after");

        assertEquals("broken half-way", thrown.getMessage(), "the caller sees its own failure, not the rollback's");
        assertEquals(1, thrown.getSuppressed().length, "the failed rollback travels with it");
        assertEquals(List.of("after"), outbox.after(0, 10).stream().map(OutboxEntry::id).toList());
    }

    private static void record(Database database, String id) {
        database.inTransaction(t -> {
            new Outbox(database).record(t, "case", id);
            return null;
        });
    }

    @Test
    void canWriteIsFalseWhileAnotherProcessHoldsTheWriteLock() throws SQLException {
        Database database = Storage.migrated(directory);
        assertTrue(database.canWrite());

        try (java.sql.Connection stuck = java.sql.DriverManager.getConnection(
                "jdbc:sqlite:" + directory.resolve("gongshi.db").toAbsolutePath())) {
            Database.execute(stuck, "BEGIN IMMEDIATE");
            assertFalse(database.canWrite(), "a stuck CLI holds SQLite's write lock");
            Database.execute(stuck, "ROLLBACK");
        }

        assertTrue(database.canWrite());
        record(database, "written after the probe");
        assertEquals(1, new Outbox(database).lastSequence());
    }

    @Test
    void aFailingStatementIsWrappedAndRolledBack() {
        Database database = Storage.migrated(directory);
        Outbox outbox = new Outbox(database);

        assertThrows(StorageException.class, () -> database.inTransaction(t -> {
            outbox.record(t, "case", "kept-only-if-committed");
            try (PreparedStatement broken = t.prepareStatement("INSERT INTO no_such_table VALUES (1)")) {
                return broken.executeUpdate();
            }
        }));

        assertEquals(0, outbox.lastSequence());
    }

    @Test
    void aReadThatFailsIsWrapped() {
        Database database = Storage.migrated(directory);

        StorageException failure = assertThrows(StorageException.class, () -> database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeQuery("SELECT * FROM no_such_table").next();
            }
        }));

        assertInstanceOf(SQLException.class, failure.getCause());
    }

    @Test
    void aReusedReadConnectionSeesTheLatestCommitOfAnotherProcessAndStaysReadOnly() {
        Database server = Storage.migrated(directory);
        Database importer = Database.open(directory.resolve("gongshi.db"));
        Outbox outbox = new Outbox(server);
        SqlWork<Object> identity = connection -> connection;
        Object first = server.read(identity);

        importer.inTransaction(t -> {
            new Outbox(importer).record(t, "case", "from-the-cli");
            return null;
        });

        assertSame(first, server.read(identity), "the idle connection is used again");
        assertEquals(1, outbox.lastSequence(), "and it reads what the other process committed");
        assertThrows(StorageException.class, () -> server.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM outbox");
            }
        }));
        assertEquals(1, outbox.lastSequence());
    }

    @Test
    void worksWaitingMeanwhileShareOneTransactionAndOneThatThrowsIsUndoneAlone() throws Exception {
        Database database = Storage.migrated(directory);
        Outbox outbox = new Outbox(database);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Future<Object> longWrite = threads.submit(() -> database.inTransaction(t -> {
                holding.countDown();
                awaitQuietly(release);
                return null;
            }));
            holding.await();
            List<Future<String>> shared = new ArrayList<>();
            for (String key : List.of("first", "refused", "third")) {
                shared.add(threads.submit(() -> database.inSharedTransaction(t -> {
                    ranOn.add(Thread.currentThread());
                    outbox.record(t, "case", key);
                    if (key.equals("refused")) {
                        throw new IllegalStateException("the form was refused");
                    }
                    return key;
                })));
            }
            while (database.waitingToShare() < 3) {
                Thread.sleep(1);
            }
            release.countDown();
            longWrite.get();

            assertEquals("first", shared.get(0).get());
            ExecutionException refused = assertThrows(ExecutionException.class, () -> shared.get(1).get());
            assertInstanceOf(IllegalStateException.class, refused.getCause(), "the work's own exception, as thrown");
            assertEquals("third", shared.get(2).get());
        } finally {
            threads.shutdownNow();
        }

        assertEquals(1, ranOn.size(), "the three ran in one group, on one thread");
        assertEquals(List.of("first", "third"), outbox.after(0, 10).stream().map(OutboxEntry::id).sorted().toList(),
                "the refused one undone, the others kept (in an order the threads decide)");
    }

    @Test
    void manySharedWritersAtOnceLoseNothing() throws Exception {
        Database database = Storage.migrated(directory);
        Outbox outbox = new Outbox(database);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> writers = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                writers.add(threads.submit(() -> {
                    for (int write = 0; write < 100; write++) {
                        database.inSharedTransaction(t -> {
                            outbox.record(t, "case", "item");
                            return null;
                        });
                    }
                    return 100;
                }));
            }
            for (Future<Integer> writer : writers) {
                writer.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(800, outbox.lastSequence());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoProcessesWritingTheSameFileLoseNoRows() throws Exception {
        Database server = Storage.migrated(directory);
        Database importer = Database.open(directory.resolve("gongshi.db"));
        int writesEach = 200;
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (Database database : List.of(server, importer, server, importer)) {
                Outbox outbox = new Outbox(database);
                Callable<Void> writer = () -> {
                    for (int write = 0; write < writesEach; write++) {
                        database.inTransaction(t -> {
                            outbox.record(t, "case", "item");
                            return null;
                        });
                    }
                    return null;
                };
                done.add(threads.submit(writer));
            }
            for (Future<Void> writer : done) {
                writer.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(4 * writesEach, new Outbox(server).lastSequence());
        assertEquals(4 * writesEach, new Outbox(importer).after(0, 10_000).size());
    }
}
