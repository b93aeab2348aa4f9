package org.gongshi.content.listings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Slugs;
import org.gongshi.content.store.Timestamps;

/**
 * One import batch in one transaction. Most rows of an import are new, so every row is first inserted as new and the
 * natural key turns away those already stored (or repeated earlier in the batch); only those are read back, with one
 * query per chunk of case numbers, and updated or held in batch order. Writes go through {@link ListingWriter}; the
 * new listings' history version 1 through {@link Creations}, once for the batch.
 */
final class BatchUpsert {
    static final String IMPORT_ACTOR = "import";
    /** Well under the bind-parameter limits of SQLite (32766) and PostgreSQL (65535). */
    private static final int LOOKUP_CHUNK = 500;

    private final Outbox outbox;
    private final Clock clock;
    private final PublicIds publicIds;

    BatchUpsert(Outbox outbox, Clock clock, PublicIds publicIds) {
        this.outbox = outbox;
        this.clock = clock;
        this.publicIds = publicIds;
    }

    UpsertResult run(Connection connection, List<Listing> batch, List<List<Object>> fieldValues)
            throws SQLException {
        Instant now = Timestamps.truncate(clock.instant());
        List<UpsertResult.Row> rows = new ArrayList<>(batch.size());
        try (ListingWriter writer = new ListingWriter(connection, outbox)) {
            List<StoredListing> candidates = new ArrayList<>(batch.size());
            Creations creations = new Creations(connection, now);
            long[] creationOf = new long[batch.size()];
            for (int index = 0; index < batch.size(); index++) {
                StoredListing candidate = candidate(batch.get(index), now);
                candidates.add(candidate);
                creationOf[index] = creations.idFor(candidate.status(), candidate.listing().sourceBatch());
            }
            boolean[] created = writer.insertNew(candidates, fieldValues, creationOf);
            creations.dropUnused(created, creationOf);
            Map<NaturalKey, StoredListing> existing = existing(connection, batch, created);
            CreatedIds createdIds = new CreatedIds();
            for (int index = 0; index < batch.size(); index++) {
                Listing listing = batch.get(index);
                if (created[index]) {
                    // not kept in existing: a later row with this key was turned away, so the lookup read it back
                    StoredListing row = candidates.get(index);
                    createdIds.add(row.id(), listing.id() == null);
                    rows.add(new UpsertResult.Row(row.id(), UpsertOutcome.CREATED));
                } else {
                    NaturalKey key = NaturalKey.of(listing);
                    StoredListing current = existing.get(key);
                    StoredListing written = update(writer, current, listing, fieldValues.get(index), now);
                    existing.put(key, written);
                    rows.add(new UpsertResult.Row(written.id(), outcome(current, written)));
                }
            }
            createdIds.record(writer);
            writer.flush();
        }
        return new UpsertResult(rows);
    }

    /**
     * The row {@code listing} becomes if its natural key is new: a fresh id unless it brings one; the term the source
     * gives, else Art. 2's for its circumstances.
     */
    private StoredListing candidate(Listing listing, Instant now) {
        String id = listing.id() == null ? publicIds.next() : Slugs.require(listing.id());
        ListingStatus status = listing.status() == null ? ListingStatus.PUBLISHED : listing.status();
        Listing stored = new Listing(id, listing.debtor(), listing.enforcement(), listing.publishedOn(),
                listing.rectification(), listing.decidedOn(),
                listing.expiresOn() != null ? listing.expiresOn() : ListingTerm.defaultExpiry(listing),
                status, listing.sourceBatch(), now, now);
        return new StoredListing(stored, 1, null);
    }

    /**
     * Status stays as the lifecycle left it, and so does the term unless the source gives one or the circumstances
     * changed; only the imported fields change.
     */
    private static StoredListing update(ListingWriter writer, StoredListing current, Listing listing,
            List<Object> values, Instant now) throws SQLException {
        if (current.status() != ListingStatus.PUBLISHED) {
            return current;
        }
        Listing before = current.listing();
        List<String> changed = new ArrayList<>(ListingField.changed(ListingField.valuesOf(before), values));
        LocalDate expiresOn = ListingTerm.afterChange(before, listing, listing.expiresOn());
        if (!Objects.equals(expiresOn, before.expiresOn())) {
            changed.add("expires_on");
        }
        if (changed.isEmpty()) {
            return current;
        }
        Listing after = new Listing(before.id(), listing.debtor(), listing.enforcement(), listing.publishedOn(),
                listing.rectification(), listing.decidedOn(), expiresOn, before.status(),
                listing.sourceBatch(), before.createdAt(), now);
        StoredListing row = new StoredListing(after, current.version() + 1, current.deletionGround());
        writer.update(row, values);
        writer.history(new HistoryEntry(before.id(), row.version(), now, IMPORT_ACTOR, HistoryAction.UPDATED,
                before.status(), before.status(), null, listing.sourceBatch(), changed));
        return row;
    }

    private static UpsertOutcome outcome(StoredListing current, StoredListing written) {
        if (written != current) {
            return UpsertOutcome.UPDATED;
        }
        return current.status() == ListingStatus.PUBLISHED ? UpsertOutcome.UNCHANGED : UpsertOutcome.HELD;
    }

    /** The stored rows under the case numbers of the rows that were not created; empty for an all-new batch. */
    private static Map<NaturalKey, StoredListing> existing(Connection connection, List<Listing> batch,
            boolean[] created) throws SQLException {
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (int index = 0; index < batch.size(); index++) {
            if (!created[index]) {
                unique.add(batch.get(index).enforcement().caseNumber());
            }
        }
        List<String> caseNumbers = new ArrayList<>(unique);
        Map<NaturalKey, StoredListing> existing = new HashMap<>();
        for (int start = 0; start < caseNumbers.size(); start += LOOKUP_CHUNK) {
            List<String> chunk = caseNumbers.subList(start, Math.min(caseNumbers.size(), start + LOOKUP_CHUNK));
            try (PreparedStatement query = connection.prepareStatement(ListingRows.SELECT
                    + " WHERE case_number IN (?" + ", ?".repeat(chunk.size() - 1) + ")")) {
                for (int index = 0; index < chunk.size(); index++) {
                    query.setString(index + 1, chunk.get(index));
                }
                ListingRows.readAll(query, row -> existing.put(NaturalKey.of(row.listing()), row));
            }
        }
        return existing;
    }
}
