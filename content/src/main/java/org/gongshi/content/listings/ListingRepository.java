package org.gongshi.content.listings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gongshi.content.Page;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;

/**
 * The list of dishonest judgment debtors: batch import by natural key and the reads of the site, the index and the
 * ledger. Status changes after import go through {@link ListingLifecycle}. Outbox type: "listing", id: the public id;
 * an import batch records its new listings as one range of ids (see {@link #forEachBetween}).
 */
public final class ListingRepository {
    /** Forward-only reads fetch this many rows at a time where the driver honours it (PostgreSQL). */
    private static final int FETCH_SIZE = 1_000;

    private final Database database;
    private final BatchUpsert upsert;

    public ListingRepository(Database database, Outbox outbox, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.upsert = new BatchUpsert(Objects.requireNonNull(outbox, "outbox"),
                Objects.requireNonNull(clock, "clock"), new PublicIds(clock));
    }

    /**
     * Creates, updates or leaves each listing in one transaction, matching existing ones by case number and party;
     * an update keeps the public id, creation time, status and expiry. Throws {@link IllegalArgumentException} before
     * writing anything when a row lacks a name or case number, has an amount finer than a fen, or holds a full
     * resident ID number.
     */
    public UpsertResult upsertAll(List<Listing> batch) {
        return upsertAll(prepare(batch));
    }

    /** Checks the listings and turns them into rows without touching the database; see {@link #upsertAll(List)}. */
    public ListingBatch prepare(List<Listing> batch) {
        return ListingBatch.of(Objects.requireNonNull(batch, "batch"));
    }

    /** {@link #upsertAll(List)} for listings already prepared. */
    public UpsertResult upsertAll(ListingBatch batch) {
        Objects.requireNonNull(batch, "batch");
        if (batch.size() == 0) {
            return new UpsertResult(List.of());
        }
        return database.inTransaction(connection -> upsert.run(connection, batch.listings(), batch.values()));
    }

    /**
     * {@link #upsertAll(ListingBatch)} for several batches in one transaction: {@code first}, then each batch that
     * {@code next} gives until it gives null. {@code next} runs inside the transaction, so it must answer at once: an
     * importer hands over only batches already prepared, and commits less often without holding more in memory.
     * Answers one result per batch, in order.
     */
    public List<UpsertResult> upsertAll(ListingBatch first, Supplier<ListingBatch> next) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(next, "next");
        return database.inTransaction(connection -> {
            List<UpsertResult> results = new ArrayList<>();
            for (ListingBatch batch = first; batch != null; batch = next.get()) {
                results.add(batch.size() == 0 ? new UpsertResult(List.of())
                        : upsert.run(connection, batch.listings(), batch.values()));
            }
            return results;
        });
    }

    public Optional<Listing> find(String id) {
        Objects.requireNonNull(id, "id");
        return database.read(connection -> ListingRows.findById(connection, id)).map(StoredListing::listing);
    }

    /** The listing if the public may see it (published or corrected). */
    public Optional<Listing> findPublic(String id) {
        return find(id).filter(listing -> listing.status().isPublic());
    }

    /** Every listing under a case number in its canonical form, whatever its status, oldest first. */
    public List<Listing> findByCaseNumber(String canonicalCaseNumber) {
        Objects.requireNonNull(canonicalCaseNumber, "canonicalCaseNumber");
        return database.read(connection -> {
            List<Listing> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    ListingRows.SELECT + " WHERE case_number = ? ORDER BY created_at, id")) {
                query.setString(1, canonicalCaseNumber);
                ListingRows.readAll(query, row -> found.add(row.listing()));
            }
            return found;
        });
    }

    /** Streams every public listing in no particular order without holding them in memory, for index rebuilds. */
    public void forEachPublic(Consumer<Listing> sink) {
        Objects.requireNonNull(sink, "sink");
        database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(ListingRows.SELECT + " WHERE"
                    + ListingRows.PUBLIC, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                query.setFetchSize(FETCH_SIZE);
                ListingRows.readAll(query, row -> sink.accept(row.listing()));
            }
            return null;
        });
    }

    /**
     * Streams every listing, whatever its status, whose id sorts from {@code firstId} to {@code lastId}, in id order:
     * what an outbox range entry of type "listing" stands for (see
     * {@link org.gongshi.content.outbox.Outbox#recordRange}).
     */
    public void forEachBetween(String firstId, String lastId, Consumer<Listing> sink) {
        Objects.requireNonNull(firstId, "firstId");
        Objects.requireNonNull(lastId, "lastId");
        Objects.requireNonNull(sink, "sink");
        database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(ListingRows.SELECT + " WHERE id BETWEEN ? AND ?"
                    + " ORDER BY id", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                query.setFetchSize(FETCH_SIZE);
                query.setString(1, firstId);
                query.setString(2, lastId);
                ListingRows.readAll(query, row -> sink.accept(row.listing()));
            }
            return null;
        });
    }

    public long countPublic() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM listing WHERE" + ListingRows.PUBLIC);
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /**
     * Public listings whose circumstance names no item of Art. 1, oldest first, at most {@code limit}, with how many
     * there are: they stay public without a fixed term until staff correct the circumstance.
     */
    public Page<Listing> withUnrecognisedGrounds(int limit) {
        String where = " WHERE listing_grounds IS NULL AND" + ListingRows.PUBLIC;
        return database.read(connection -> {
            List<Listing> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    ListingRows.SELECT + where + " ORDER BY created_at, id LIMIT ?")) {
                query.setInt(1, limit);
                ListingRows.readAll(query, row -> found.add(row.listing()));
            }
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM listing" + where);
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                return new Page<>(found, 1, limit, rows.getLong(1));
            }
        });
    }

    /** Every change of the listing, oldest first; empty for an unknown id. */
    public List<HistoryEntry> history(String id) {
        Objects.requireNonNull(id, "id");
        return database.read(connection -> HistoryRows.of(connection, id));
    }

    /** 政务失信: page {@code number} (from 1) of the public listings of public bodies that {@code filter} keeps. */
    public Page<Listing> publicBodies(PublicBodyFilter filter, int number, int size) {
        Objects.requireNonNull(filter, "filter");
        return database.read(connection -> PublicBodyListings.page(connection, filter, number, size));
    }

    /** The {@code count} newest public listings of public bodies, for the home page: no count, no filter. */
    public List<Listing> newestPublicBodies(int count) {
        return database.read(connection -> PublicBodyListings.items(connection, PublicBodyFilter.NONE, 0, count));
    }

    /** The 政务失信 ledger: public listings of public bodies by province, kind and rectification state. */
    public List<LedgerRow> ledger() {
        return database.read(Ledger::rows);
    }
}
