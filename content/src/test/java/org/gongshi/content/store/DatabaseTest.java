package org.gongshi.content.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongshi.content.outbox.Outbox;
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
