package org.gongshi.content.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies committed pages from the write-ahead log into the database file on a thread of its own, after commits, so
 * that a committing writer waits only for the log's own sync and not for the copy and the database file's sync.
 * Durability is SQLite's either way: a checkpoint never copies an uncommitted page and syncs before it counts. When
 * this thread falls behind, SQLite's automatic checkpoint in the writer (a larger bound) copies the rest.
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
    private static final long IDLE_SECONDS = 5;
    private static final long DELAY_MILLIS = 1_000;

    private final Connection connection;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, task -> {
        Thread checkpointer = new Thread(task, "gongshi-checkpoint");
        checkpointer.setDaemon(true);
        return checkpointer;
    });

    /** Runs the checkpoints on {@code connection}, opened by the caller so that this thread never creates files. */
    Checkpointer(Connection connection) {
        this.connection = connection;
        // no thread waits around for a database that is not being written
        thread.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
        thread.allowCoreThreadTimeOut(true);
    }

    /**
     * A transaction committed: copy its pages within {@link #DELAY_MILLIS}. Later commits until then share the copy, so
     * a page that several of them wrote (an index page, in a bulk import) is copied once.
     */
    void committed() {
        if (requested.compareAndSet(false, true)) {
            thread.schedule(this::checkpoint, DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void checkpoint() {
        requested.set(false);
        // PASSIVE never waits for the writer or readers; whatever it cannot copy now, the next one will.
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            result.next();
        } catch (SQLException e) {
            LOG.debug("background checkpoint skipped: {}", e.getMessage());
        }
    }

    /** Waits for a copy under way (one not yet started is dropped), then closes the connection. */
    @Override
    public void close() {
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("a checkpoint did not finish within 30 s");
            }
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            LOG.debug("closing the checkpoint connection: {}", e.getMessage());
        }
    }
}
