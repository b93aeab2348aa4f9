package org.gongshi.index.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;

/** A real, migrated SQLite database and its outbox in a test's directory, shared by the index fixtures. */
public final class TestOutbox {
    public final Database database;
    public final Outbox outbox;

    public TestOutbox(Path directory) {
        this.database = Database.open(directory.resolve("content.db"));
        database.migrate("db/core", "core_schema_history", TestOutbox.class.getClassLoader());
        this.outbox = new Outbox(database);
    }

    /** Records that a document changed, as content code does in its write transaction; returns the sequence. */
    public long recordChange(String type, String id) {
        database.inTransaction(connection -> {
            outbox.record(connection, type, id);
            return null;
        });
        return outbox.lastSequence();
    }

    /** Records that every document of {@code type} with an id from {@code firstId} to {@code lastId} changed. */
    public long recordRange(String type, String firstId, String lastId) {
        database.inTransaction(connection -> {
            outbox.recordRange(connection, type, firstId, lastId);
            return null;
        });
        return outbox.lastSequence();
    }

    /** Waits until {@code ready}, failing after 20 s with {@code what} in the message. */
    public static void awaitReady(BooleanSupplier ready, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!ready.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not ready within 20 s");
            }
            Thread.sleep(10);
        }
    }
}
