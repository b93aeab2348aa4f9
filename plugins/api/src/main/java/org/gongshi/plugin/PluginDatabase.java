package org.gongshi.plugin;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The site database as a plugin uses it: plain JDBC on its own tables, prefixed with its id. Every transaction ends,
 * committed when the work returns and rolled back whatever it throws; the connection is the host's, so never keep it
 * or close it. A {@link SQLException} comes back wrapped in an unchecked exception the site answers with an error page.
 *
 * @since 0.1
 */
public interface PluginDatabase {
    /**
     * Runs {@code work} in one write transaction; writes are serialised, so keep it short.
     *
     * @since 0.1
     */
    <T> T inTransaction(Work<T> work);

    /**
     * As {@link #inTransaction}, but the transaction may be shared with other callers waiting meanwhile (one commit,
     * one fsync for all): for many small independent writes at once, such as public forms. A work that throws is
     * undone alone.
     *
     * @since 0.1
     */
    default <T> T inSharedTransaction(Work<T> work) {
        return inTransaction(work);
    }

    /**
     * Runs read-only {@code work}; readers never wait for the writer and see the latest commit.
     *
     * @since 0.1
     */
    <T> T read(Work<T> work);

    /** Work on a connection the host lends for its duration. */
    @FunctionalInterface
    interface Work<T> {
        /** @since 0.1 */
        T run(Connection connection) throws SQLException;
    }
}
