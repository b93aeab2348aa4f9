package org.gongshi.plugin;

import java.sql.SQLException;

/**
 * Changes to listings made on the plugin's write transaction ({@link PluginListings#within}) through the site's one
 * lifecycle service: each writes the listing and its history and tells both indexes, and commits or rolls back with the
 * plugin's own writes. {@code actor} is the staff member acting; {@code reason} is recorded in the listing's history.
 *
 * @throws ListingChangeRefusedException from every method, when the change cannot be made
 *
 * @since 0.1
 */
public interface ListingChanges {
    /** @since 0.1 */
    void correct(String id, ListingCorrection correction, String actor, String reason) throws SQLException;

    /** @since 0.1 */
    void revoke(String id, String actor, String reason) throws SQLException;

    /** @since 0.1 */
    void delete(String id, DeletionGround ground, String actor, String reason) throws SQLException;
}
