package org.gongshi.content.listings;

import java.time.Instant;
import java.util.List;

/**
 * One change of a listing, numbered from 1 by {@code version}. {@code fromStatus} is null on creation; {@code ground}
 * is set on deletion; {@code changedFields} names the columns an update or correction changed (empty otherwise).
 */
public record HistoryEntry(
        String listingId,
        int version,
        Instant at,
        String actor,
        HistoryAction action,
        ListingStatus fromStatus,
        ListingStatus toStatus,
        DeletionGround ground,
        String reason,
        List<String> changedFields) {
    public HistoryEntry {
        changedFields = List.copyOf(changedFields);
    }
}
