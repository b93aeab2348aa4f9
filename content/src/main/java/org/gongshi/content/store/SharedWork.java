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
    private Exception failure;
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
        } catch (SQLException | RuntimeException e) {
            Database.execute(connection, "ROLLBACK TO " + SAVEPOINT);
            Database.execute(connection, "RELEASE " + SAVEPOINT);
            failure = e;
        }
        ran = true;
    }

    /** The group failed (its commit, say): a work that had succeeded did not happen either. */
    void failWith(Exception groupFailure) {
        if (failure == null) {
            failure = groupFailure;
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
        if (failure != null) {
            throw new StorageException("database write failed: " + failure.getMessage(), failure);
        }
        return result;
    }
}
