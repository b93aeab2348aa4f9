package org.gongshi.content.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * The source of truth: one SQLite file in WAL mode with {@code synchronous=FULL} and foreign keys on.
 *
 * <p>Writes are serialised in this process by a lock and across processes (a CLI import while the server runs) by
 * SQLite's {@code BEGIN IMMEDIATE} plus a busy timeout. They share one connection that stays open, so its page cache
 * stays warm and closing it never forces a checkpoint. Every read has a read-only connection to itself, which keeps
 * readers fully concurrent in WAL mode; up to {@value #IDLE_READERS} are kept open between reads, with their compiled
 * statements ({@link KeptStatements}), because opening one, parsing the schema and compiling a query cost more than
 * most reads themselves. Committed pages are copied from
 * the log into the database file by a {@link Checkpointer} on a thread of its own.
 */
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** As many as a crowd keeps reading at once: with 8, a listing page under 64 connections opened one per view. */
    private static final int IDLE_READERS = 64;
    /** How long {@link #canWrite} waits for the write lock, in this process or another one. */
    private static final int PROBE_WAIT_MILLIS = 2_000;
    /** A write holding the lock for longer than this is stuck: no import or form takes a fraction of it. */
    private static final long STUCK_WRITE_NANOS = 60_000_000_000L;
    /**
     * Pages of log after which a committing writer copies them into the database file itself: 128 MiB, several large
     * import transactions, so that normally the {@link Checkpointer} has copied all but the last.
     */
    private static final String WRITER_CHECKPOINT_PAGES = "32768";

    private final String url;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Deque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
    /** Works of {@link #inSharedTransaction} waiting for the write lock; guarded by itself. */
    private final List<SharedWork<?>> waitingToShare = new ArrayList<>();
    /** {@link System#nanoTime} when the write lock was last taken; meaningful while it is held. */
    private volatile long writeLockedAt;
    private Connection writer;
    private Checkpointer checkpointer;

    private Database(String url) {
        this.url = url;
    }

    /** Opens (creating if needed) the database file and checks the durability settings it must run with. */
    public static Database open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StorageException("cannot create the directory for " + file + ": " + e.getMessage(), e);
        }
        Database database = new Database("jdbc:sqlite:" + file.toAbsolutePath());
        database.assertDurabilitySettings();
        return database;
    }

    /**
     * Runs {@code work} in one write transaction; commits when it returns, rolls back whatever it throws (an
     * {@link Error} included), so the writer never stays inside a transaction.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        lockWriter();
        try {
            Connection connection = writer();
            // Explicit statements, not JDBC's commit(): the driver would open the next transaction at once and hold
            // the write lock between units of work, shutting out a second process.
            execute(connection, "BEGIN IMMEDIATE");
            T result;
            try {
                result = work.run(connection);
                execute(connection, "COMMIT");
            } catch (Throwable failure) {
                rollBackOrDiscard(failure);
                throw failure;
            }
            checkpointer.committed();
            return result;
        } catch (SQLException e) {
            throw new StorageException("database write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Ends the writer's open transaction after {@code failure}. When even that fails, nobody knows what state the
     * connection is in: it is closed (SQLite rolls back whatever was open) and the next write opens a new one.
     */
    private void rollBackOrDiscard(Throwable failure) {
        try {
            execute(writer, "ROLLBACK");
        } catch (Throwable rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
            discardWriter(failure);
        }
    }

    private void discardWriter(Throwable failure) {
        Connection discarded = writer;
        writer = null;
        try {
            discarded.close();
        } catch (Throwable closeFailed) {
            failure.addSuppressed(closeFailed);
        }
    }

    /**
     * Runs {@code work} in a write transaction it may share with other callers of this method waiting meanwhile:
     * whichever of them gets the write lock first runs every waiting work, each in a savepoint of its own, and
     * commits them with one {@code COMMIT} (one fsync) — a group commit. A work that throws is undone alone, and only
     * its caller gets the exception; every caller returns once the shared commit is durable, never before. For many
     * small independent writes at once, such as public forms; works of one group see each other's rows, as they
     * would in consecutive transactions.
     */
    public <T> T inSharedTransaction(SqlWork<T> work) {
        SharedWork<T> mine = new SharedWork<>(Objects.requireNonNull(work, "work"));
        synchronized (waitingToShare) {
            waitingToShare.add(mine);
        }
        lockWriter();
        try {
            // Not yet done: it is still waiting, since a group is taken and finished under this lock.
            if (!mine.done()) {
                List<SharedWork<?>> group;
                synchronized (waitingToShare) {
                    group = new ArrayList<>(waitingToShare);
                    waitingToShare.clear();
                }
                commitTogether(group);
            }
        } finally {
            writeLock.unlock();
        }
        return mine.outcome();
    }

    private void commitTogether(List<SharedWork<?>> group) {
        try {
            Connection connection = writer();
            execute(connection, "BEGIN IMMEDIATE");
            try {
                for (SharedWork<?> shared : group) {
                    shared.runIn(connection);
                }
                execute(connection, "COMMIT");
            } catch (Throwable failure) {
                rollBackOrDiscard(failure);
                throw failure;
            }
            checkpointer.committed();
        } catch (Throwable e) {
            group.forEach(shared -> shared.failWith(e));
        } finally {
            group.forEach(SharedWork::finish);
        }
    }

    /**
     * Whether a write could begin now: begins one and rolls it back, waiting for the write lock at most
     * {@value #PROBE_WAIT_MILLIS} ms. A write of this process that holds the lock meanwhile counts as writing unless it
     * has held it for a minute.
     */
    public boolean canWrite() {
        try {
            if (!writeLock.tryLock(PROBE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return System.nanoTime() - writeLockedAt < STUCK_WRITE_NANOS;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        writeLockedAt = System.nanoTime();
        try {
            Connection connection = writer();
            execute(connection, "PRAGMA busy_timeout = " + PROBE_WAIT_MILLIS);
            try {
                execute(connection, "BEGIN IMMEDIATE");
                try {
                    execute(connection, "ROLLBACK");
                } catch (SQLException e) {
                    discardWriter(e);
                    return false;
                }
                return true;
            } finally {
                if (writer != null) {
                    execute(writer, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
                }
            }
        } catch (SQLException e) {
            return false;
        } finally {
            writeLock.unlock();
        }
    }

    private void lockWriter() {
        writeLock.lock();
        writeLockedAt = System.nanoTime();
    }

    /** Works waiting to share a transaction, for tests. */
    int waitingToShare() {
        synchronized (waitingToShare) {
            return waitingToShare.size();
        }
    }

    /**
     * Closes the write connection after the checkpoint under way, and the idle read connections; a later read or
     * write opens one again.
     */
    @Override
    public void close() {
        lockWriter();
        try {
            for (Connection reader = idleReaders.poll(); reader != null; reader = idleReaders.poll()) {
                reader.close();
            }
            if (checkpointer != null) {
                checkpointer.close();
                checkpointer = null;
            }
            if (writer != null) {
                writer.close();
                writer = null;
            }
        } catch (SQLException e) {
            throw new StorageException("closing the database failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private Connection writer() throws SQLException {
        if (writer == null || writer.isClosed()) {
            writer = connect(SQLiteConfig.TransactionMode.IMMEDIATE, false);
        }
        if (checkpointer == null) {
            checkpointer = new Checkpointer(connect(SQLiteConfig.TransactionMode.DEFERRED, false));
        }
        return writer;
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Runs read-only {@code work} on a connection no other work uses meanwhile; readers never wait for the writer in
     * WAL mode. Each statement sees the latest commit, whichever process made it.
     */
    public <T> T read(SqlWork<T> work) {
        Connection connection = null;
        try {
            connection = idleReaders.poll();
            if (connection == null) {
                connection = KeptStatements.around(connect(SQLiteConfig.TransactionMode.DEFERRED, true));
            }
            T result = work.run(connection);
            // Only a connection whose work ended well goes back: it holds no open statement or read transaction.
            if (connection.getAutoCommit() && idleReaders.size() < IDLE_READERS) {
                idleReaders.push(connection);
                connection = null;
            }
            return result;
        } catch (SQLException e) {
            throw new StorageException("database read failed: " + e.getMessage(), e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the read's own outcome (its result or its exception) is what the caller needs
            }
        }
    }

    /**
     * Applies the Flyway migrations under {@code location} (a classpath folder) and records them in
     * {@code historyTable}, so the core and every plugin keep their own migration history.
     */
    public void migrate(String location, String historyTable, ClassLoader classLoader) {
        lockWriter();
        try {
            Flyway.configure(classLoader)
                    .dataSource(url + "?busy_timeout=" + BUSY_TIMEOUT_MILLIS, null, null)
                    .locations("classpath:" + location)
                    .table(historyTable)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StorageException("migration " + location + " failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** sqlite-jdbc only honours read-only when the connection is opened, never afterwards. */
    private Connection connect(SQLiteConfig.TransactionMode mode, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(mode);
        if (!readOnly) {
            // Bulk writes: a warm 64 MiB page cache; checkpoints run on the Checkpointer's thread, see there.
            config.setCacheSize(-65_536);
            config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, WRITER_CHECKPOINT_PAGES);
        }
        return DriverManager.getConnection(url, config.toProperties());
    }

    /** Opens for writing: the first open creates the file and switches it to WAL, which a reader cannot do. */
    private void assertDurabilitySettings() {
        try (Connection connection = connect(SQLiteConfig.TransactionMode.DEFERRED, false);
                Statement statement = connection.createStatement()) {
            expect(statement, "PRAGMA journal_mode", "wal");
            expect(statement, "PRAGMA synchronous", "2");
            expect(statement, "PRAGMA foreign_keys", "1");
        } catch (SQLException e) {
            throw new StorageException("cannot open " + url + ": " + e.getMessage(), e);
        }
    }

    private static void expect(Statement statement, String pragma, String expected) throws SQLException {
        try (ResultSet rows = statement.executeQuery(pragma)) {
            String actual = rows.next() ? rows.getString(1) : null;
            if (!expected.equalsIgnoreCase(actual)) {
                throw new StorageException(pragma + " is " + actual + ", expected " + expected
                        + ": the database cannot guarantee durability");
            }
        }
    }
}
