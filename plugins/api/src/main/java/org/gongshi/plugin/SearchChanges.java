package org.gongshi.plugin;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How a plugin tells the site search that one of its documents changed, in the same transaction as the change.
 *
 * @since 0.1
 */
public interface SearchChanges {
    /**
     * Records that the document {@code key} of {@code type} (one of the plugin's {@link SearchDocuments}) changed or
     * went; the index asks that source for it again within a second of {@code transaction} committing.
     *
     * @since 0.1
     */
    void changed(Connection transaction, String type, String key) throws SQLException;
}
