package org.gongshi.content.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * The source of truth: one SQLite file in WAL mode with {@code synchronous=FULL} and foreign keys on.
 *
 * <p>Writes are serialised in this process by a lock and across processes (a CLI import while the server runs) by
 * SQLite's {@code BEGIN IMMEDIATE} plus a busy timeout. They share one connection that stays open, so its page cache
 * stays warm and closing it never forces a checkpoint; every read opens its own connection, which keeps readers fully
 * concurrent in WAL mode. Committed pages are copied from the log into the database file by a {@link Checkpointer}
 * on a thread of its own.
 */
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /**
     * Pages of log after which a committing writer copies them into the database file itself: 128 MiB, several large
     * import transactions, so that normally the {@link Checkpointer} has copied all but the last.
     */
    private static final String WRITER_CHECKPOINT_PAGES = "32768";

    private final String url;
    private final ReentrantLock writeLock = new ReentrantLock();
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

    /** Runs {@code work} in one write transaction; commits when it returns, rolls back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        writeLock.lock();
        try {
            Connection connection = writer();
            // Explicit statements, not JDBC's commit(): the driver would open the next transaction at once and hold
            // the write lock between units of work, shutting out a second process.
            execute(connection, "BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                execute(connection, "COMMIT");
                checkpointer.committed();
                return result;
            } catch (SQLException | RuntimeException e) {
                execute(connection, "ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("database write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Closes the write connection after the checkpoint under way; a later write opens it again. */
    @Override
    public void close() {
        writeLock.lock();
        try {
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

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs read-only {@code work} on its own connection; readers never wait for the writer in WAL mode. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = connect(SQLiteConfig.TransactionMode.DEFERRED, true)) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException("database read failed: " + e.getMessage(), e);
        }
    }

    /**
     * Applies the Flyway migrations under {@code location} (a classpath folder) and records them in
     * {@code historyTable}, so the core and every plugin keep their own migration history.
     */
    public void migrate(String location, String historyTable, ClassLoader classLoader) {
        writeLock.lock();
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
