package org.gongshi.plugin;

import java.sql.Connection;
import java.util.Optional;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingChanges;

/**
 * The list of dishonest judgment debtors as a plugin sees it: read a listing, and change one through the one
 * lifecycle service inside the plugin's own write transaction, so e.g. an upheld objection and the correction it
 * orders commit together, and both indexes drop or update the listing within a second.
 */
public interface PluginListings {
    /** The listing with public id {@code id}, whatever its status; empty for an unknown id. */
    Optional<Listing> find(String id);

    /**
     * Corrections, revocations and deletions made on {@code transaction}, a connection of
     * {@code context.database().inTransaction(...)}; they commit or roll back with it.
     */
    ListingChanges within(Connection transaction);
}
