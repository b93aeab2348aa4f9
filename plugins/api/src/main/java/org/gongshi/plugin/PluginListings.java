package org.gongshi.plugin;

import java.sql.Connection;
import java.util.Optional;

/**
 * The list of dishonest judgment debtors as a plugin sees it: read a listing, and change one through the one
 * lifecycle service inside the plugin's own write transaction, so e.g. an upheld objection and the correction it
 * orders commit together, and both indexes drop or update the listing within a second.
 *
 * @since 0.1
 */
public interface PluginListings {
    /**
     * The listing with public id {@code id}, whatever its status; empty for an unknown id.
     *
     * @since 0.1
     */
    Optional<ListingView> find(String id);

    /**
     * Corrections, revocations and deletions made on {@code transaction}, a connection of
     * {@code context.database().inTransaction(...)}; they commit or roll back with it.
     *
     * @since 0.1
     */
    ListingChanges within(Connection transaction);
}
