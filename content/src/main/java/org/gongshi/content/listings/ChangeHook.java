package org.gongshi.content.listings;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work that must commit or roll back with a listing's change, e.g. its audit-log entry. Runs inside the change's
 * transaction once the change is written; throwing undoes the change. See {@link ListingLifecycle#withHook}.
 */
@FunctionalInterface
public interface ChangeHook {
    ChangeHook NONE = (transaction, change) -> { };

    void changed(Connection transaction, HistoryEntry change) throws SQLException;
}
