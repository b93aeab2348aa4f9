package org.gongshi.plugin;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The site's append-only audit log, where a plugin records what staff did with its records.
 *
 * @since 0.1
 */
public interface AuditTrail {
    /**
     * Records {@code event} in the plugin's write {@code transaction}, so it commits with the change it describes.
     *
     * @since 0.1
     */
    void record(Connection transaction, AuditEvent event) throws SQLException;

    /**
     * Records {@code event} in a transaction of its own, e.g. a refused attempt that changed nothing.
     *
     * @since 0.1
     */
    void record(AuditEvent event);
}
