package org.gongshi.content.listings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ListingLifecycle}'s changes inside a write transaction the caller already holds ({@link
 * ListingLifecycle#within}): each writes the listing, its history entry and its outbox row on that connection and
 * commits or rolls back with the caller's own writes. Same checks and exceptions as the lifecycle's own methods.
 */
public final class ListingChanges {
    private final ListingLifecycle lifecycle;
    private final Connection transaction;

    ListingChanges(ListingLifecycle lifecycle, Connection transaction) {
        this.lifecycle = lifecycle;
        this.transaction = transaction;
    }

    /** The listing as this transaction sees it, whatever its status. */
    public Optional<Listing> find(String id) throws SQLException {
        return ListingRows.findById(transaction, Objects.requireNonNull(id, "id")).map(StoredListing::listing);
    }

    /** See {@link ListingLifecycle#correct}. */
    public Listing correct(String id, Listing corrected, String actor, String reason) throws SQLException {
        return lifecycle.correct(transaction, id, corrected, actor, reason);
    }

    /** See {@link ListingLifecycle#revoke}. */
    public Listing revoke(String id, String actor, String reason) throws SQLException {
        return lifecycle.revoke(transaction, id, actor, reason);
    }

    /** Deletes on an Art. 10 ground; {@code note} (may be null) says what the deletion rests on. */
    public Listing delete(String id, DeletionGround ground, String actor, String note) throws SQLException {
        return lifecycle.delete(transaction, id, ground, actor, note);
    }
}
