package org.gongshi.content.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One caller's work in a {@link Database#inSharedTransaction shared transaction}, and its outcome once the group is
 * done. Guarded by the database's write lock: whoever runs the group fills it in under the lock, and its caller reads
 * it after taking the lock in turn.
 */
final class SharedWork<T> {
    private static final String SAVEPOINT = "shared_work";

    private final SqlWork<T> work;
    private T result;
    private Throwable failure;
    private boolean ran;
    private boolean done;

    SharedWork(SqlWork<T> work) {
        this.work = work;
    }

    void runIn(Connection connection) throws SQLException {
        Database.execute(connection, "SAVEPOINT " + SAVEPOINT);
        try {
            result = work.run(connection);
            Database.execute(connection, "RELEASE " + SAVEPOINT);
        } catch (Throwable e) {
            // Undone alone, whatever it threw; should the undoing fail, the whole group is rolled back instead.
            try {
                Database.execute(connection, "ROLLBACK TO " + SAVEPOINT);
                Database.execute(connection, "RELEASE " + SAVEPOINT);
            } catch (Throwable undoFailed) {
                e.addSuppressed(undoFailed);
                throw e;
            }
            failure = e;
        }
        ran = true;
    }

    /** The group failed (its commit, say): a work that had succeeded did not happen either. */
    void failWith(Throwable groupFailure) {
        if (failure == null) {
            // another caller's Error is no reason for this caller's thread to act as if it had run out of memory
            failure = groupFailure instanceof Error
                    ? new StorageException("the shared transaction failed: " + groupFailure, groupFailure)
                    : groupFailure;
        }
    }

    boolean done() {
        return done;
    }

    void finish() {
        if (!ran && failure == null) {
            failure = new StorageException("the shared transaction stopped before this work ran");
        }
        done = true;
    }

    T outcome() {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new StorageException("database write failed: " + failure.getMessage(), failure);
        }
        return result;
    }
}
