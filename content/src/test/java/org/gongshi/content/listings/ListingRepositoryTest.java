package org.gongshi.content.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.outbox.OutboxEntry;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.gongshi.content.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingRepositoryTest {
    private static final Instant START = Instant.parse("2026-03-01T08:00:00.123456Z");

    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(START);
    private Outbox outbox;
    private ListingRepository listings;
    private Database database;

    @BeforeEach
    void openRepository() {
        database = Storage.migrated(directory);
        outbox = new Outbox(database);
        listings = new ListingRepository(database, outbox, clock);
    }

    @Test
    void aNewListingRoundTripsWithAFreshIdTheDefaultTermAndStorageTimestamps() {
        Listing imported = Listings.person(1, "key-1");

        UpsertResult result = listings.upsertAll(List.of(imported));

        String id = result.rows().get(0).id();
        assertEquals(UpsertOutcome.CREATED, result.rows().get(0).outcome());
        assertTrue(id.matches("[a-z2-7]{20}"), id);
        assertEquals(new Listing(id, imported.debtor(), imported.enforcement(), imported.publishedOn(), null,
                Listings.DECIDED, LocalDate.of(2027, 3, 10), ListingStatus.PUBLISHED, "batch-1", START, START),
                listings.find(id).orElseThrow());
    }

    @Test
    void laterListingsGetIdsThatSortLaterSoImportsAppendToTheIndex() {
        String first = listings.upsertAll(List.of(Listings.person(1, "key-1"))).rows().get(0).id();
        clock.advance(Duration.ofMillis(1));
        String second = listings.upsertAll(List.of(Listings.person(2, "key-2"))).rows().get(0).id();

        assertTrue(first.compareTo(second) < 0, first + " before " + second);
        assertTrue(!first.substring(10).equals(second.substring(10)), "the random halves differ");
    }

    @Test
    void amountsAreExactToTheFenAndFinerOrLargerAmountsAreRefused() {
        Listing large = withUnperformed(Listings.person(1, "key-1"), new BigDecimal("9876543210987.65"));
        String id = listings.upsertAll(List.of(large)).rows().get(0).id();

        assertEquals(new BigDecimal("9876543210987.65"),
                listings.find(id).orElseThrow().enforcement().unperformedAmount());
        for (String refused : List.of("1.005", "10000000000000", "1E+999999999")) {
            assertThrows(IllegalArgumentException.class, () -> listings.upsertAll(
                    List.of(withUnperformed(Listings.person(2, "key-2"), new BigDecimal(refused)))), refused);
        }
    }

    @Test
    void reimportingTheSameRowChangesNothingAndWritesNothing() {
        String id = listings.upsertAll(List.of(Listings.person(1, "key-1"))).rows().get(0).id();
        long sequence = outbox.lastSequence();
        clock.advance(Duration.ofDays(1));

        UpsertResult again = listings.upsertAll(List.of(Listings.person(1, "key-1")));

        assertEquals(List.of(new UpsertResult.Row(id, UpsertOutcome.UNCHANGED)), again.rows());
        assertEquals(sequence, outbox.lastSequence());
        assertEquals(START, listings.find(id).orElseThrow().updatedAt());
        assertEquals(1, listings.history(id).size());
    }

    @Test
    void aChangedRowUpdatesInPlaceKeepingIdAndCreationAndRecordsWhichFieldsChanged() {
        String id = listings.upsertAll(List.of(Listings.person(1, "key-1"))).rows().get(0).id();
        clock.advance(Duration.ofDays(1));
        Listing changed = withUnperformed(Listings.person(1, "key-1"), new BigDecimal("500.00"));

        UpsertResult result = listings.upsertAll(List.of(changed));

        assertEquals(List.of(new UpsertResult.Row(id, UpsertOutcome.UPDATED)), result.rows());
        Listing found = listings.find(id).orElseThrow();
        assertEquals(new BigDecimal("500.00"), found.enforcement().unperformedAmount());
        assertEquals(START, found.createdAt());
        assertEquals(START.plus(Duration.ofDays(1)), found.updatedAt());
        HistoryEntry update = listings.history(id).get(1);
        assertEquals(new HistoryEntry(id, 2, START.plus(Duration.ofDays(1)), "import", HistoryAction.UPDATED,
                ListingStatus.PUBLISHED, ListingStatus.PUBLISHED, null, "batch-1", List.of("unperformed_fen")),
                update);
        assertEquals(List.of(id, id), outbox.after(0, 10).stream().map(OutboxEntry::id).toList());
    }

    @Test
    void aBatchRecordsItsNewListingsAsOneOutboxRangeAndItsUpdatesOneByOne() {
        List<String> created = ids(listings.upsertAll(List.of(Listings.person(1, "key-1"), Listings.person(2, "key-2"),
                Listings.person(3, "key-3"))));
        clock.advance(Duration.ofMillis(1));
        UpsertResult mixed = listings.upsertAll(List.of(withUnperformed(Listings.person(2, "key-2"), BigDecimal.ONE),
                Listings.person(4, "key-4")));

        List<OutboxEntry> entries = outbox.after(0, 10);
        List<String> sorted = created.stream().sorted().toList();
        assertEquals(new OutboxEntry(1, "listing", sorted.get(0), sorted.get(2)), entries.get(0));
        assertEquals(List.of(created.get(1), mixed.rows().get(1).id()),
                entries.subList(1, 3).stream().map(OutboxEntry::id).toList(), "the update, then the one new listing");
        assertTrue(entries.subList(1, 3).stream().noneMatch(OutboxEntry::isRange));
        List<String> inRange = new ArrayList<>();
        listings.forEachBetween(sorted.get(0), sorted.get(2), listing -> inRange.add(listing.id()));
        assertEquals(sorted, inRange);
    }

    @Test
    void aBatchRecordsItsCreationsOnceAndEachListingStillHasItsCreatedEntry() {
        List<String> ids = ids(listings.upsertAll(List.of(Listings.person(1, "a"), Listings.person(2, "b"))));
        listings.upsertAll(List.of(Listings.person(1, "a"), Listings.person(2, "b")));

        for (String id : ids) {
            assertEquals(List.of(new HistoryEntry(id, 1, START, "import", HistoryAction.CREATED, null,
                    ListingStatus.PUBLISHED, null, "batch-1", List.of())), listings.history(id));
        }
        assertEquals(List.of(1L, 0L), database.read(connection -> List.of(count(connection, "listing_creation"),
                count(connection, "listing_history"))), "one creation for the batch, none for the unchanged rerun");
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void forEachBetweenGivesListingsOfEveryStatusSoTheIndexCanDropThem() {
        List<String> ids = ids(listings.upsertAll(List.of(Listings.person(1, "a"), Listings.person(2, "b"))));
        new ListingLifecycle(Storage.migrated(directory), outbox, clock).revoke(ids.get(0), "法官甲", "不应纳入");

        List<ListingStatus> statuses = new ArrayList<>();
        listings.forEachBetween(ids.get(0), ids.get(0), listing -> statuses.add(listing.status()));

        assertEquals(List.of(ListingStatus.REVOKED), statuses);
    }

    @Test
    void theSameCaseWithTwoPartiesIsTwoListingsAndAPartyWithoutIdentifierIsKeyedByName() {
        Listing withKey = Listings.person(1, "key-1");
        Listing otherParty = Listings.person(1, "key-2");
        Listing byName = Listings.person(1, null);

        UpsertResult result = listings.upsertAll(List.of(withKey, otherParty, byName));

        assertEquals(3, result.count(UpsertOutcome.CREATED));
        assertEquals(3, Set.copyOf(result.rows().stream().map(UpsertResult.Row::id).toList()).size());
        assertEquals(3, listings.findByCaseNumber("（2025）京0101执1号").size());
        assertEquals(UpsertOutcome.UNCHANGED, listings.upsertAll(List.of(Listings.person(1, null)))
                .rows().get(0).outcome());
    }

    @Test
    void aRowRepeatedWithinOneBatchIsCreatedThenUpdated() {
        Listing first = Listings.person(1, "key-1");
        Listing second = withUnperformed(first, new BigDecimal("1.00"));

        UpsertResult result = listings.upsertAll(List.of(first, second, second));

        assertEquals(List.of(UpsertOutcome.CREATED, UpsertOutcome.UPDATED, UpsertOutcome.UNCHANGED),
                result.rows().stream().map(UpsertResult.Row::outcome).toList());
        assertEquals(1, Set.copyOf(result.rows().stream().map(UpsertResult.Row::id).toList()).size());
        assertEquals(2, listings.history(result.rows().get(0).id()).size());
    }

    @Test
    void aGivenIdIsKeptOnCreationAndAnUpdateNeverChangesTheId() {
        Listing given = withId(Listings.person(1, "key-1"), "chosen-id");
        listings.upsertAll(List.of(given));

        UpsertResult update = listings.upsertAll(
                List.of(withId(withUnperformed(Listings.person(1, "key-1"), BigDecimal.TEN), "other-id")));

        assertEquals("chosen-id", update.rows().get(0).id());
        assertTrue(listings.find("other-id").isEmpty());
    }

    @Test
    void aRowWithoutNameOrCaseNumberFailsTheWholeBatchBeforeAnythingIsWritten() {
        Listing good = Listings.person(1, "key-1");
        Listing nameless = new Listing(null, new Debtor(DebtorKind.NATURAL_PERSON, " ", null, null, null, null,
                null, null), good.enforcement(), good.publishedOn(), null, good.decidedOn(), null, null, null, null,
                null);

        assertThrows(IllegalArgumentException.class, () -> listings.upsertAll(List.of(good, nameless)));
        assertEquals(0, outbox.lastSequence());
        assertEquals(0, listings.countPublic());
    }

    @Test
    void findPublicAndCountSeeOnlyPublishedAndCorrectedListings() {
        List<String> ids = ids(listings.upsertAll(List.of(Listings.person(1, "a"), Listings.person(2, "b"),
                Listings.person(3, "c"))));
        Database database = Storage.migrated(directory);
        ListingLifecycle lifecycle = new ListingLifecycle(database, outbox, clock);
        lifecycle.delete(ids.get(0), DeletionGround.PERFORMED, "法官甲");
        lifecycle.correct(ids.get(1), Listings.person(2, "b"), "法官甲", "更正地址");

        assertTrue(listings.findPublic(ids.get(0)).isEmpty());
        assertTrue(listings.find(ids.get(0)).isPresent());
        assertTrue(listings.findPublic(ids.get(1)).isPresent());
        assertEquals(2, listings.countPublic());
    }

    @Test
    void forEachPublicStreamsEveryPublicListingOfAManyBatchImport() {
        List<String> imported = new ArrayList<>();
        for (int start = 0; start < 12_000; start += 3_000) {
            List<Listing> batch = new ArrayList<>();
            for (int number = start; number < start + 3_000; number++) {
                batch.add(Listings.person(number, "key-" + number));
            }
            imported.addAll(ids(listings.upsertAll(batch)));
        }
        new ListingLifecycle(Storage.migrated(directory), outbox, clock)
                .revoke(imported.get(7), "法官甲", "不应纳入");

        Set<String> streamed = new HashSet<>();
        listings.forEachPublic(listing -> assertTrue(streamed.add(listing.id()), listing.id()));

        assertEquals(11_999, streamed.size());
        assertTrue(!streamed.contains(imported.get(7)));
        assertEquals(11_999, listings.countPublic());
    }

    @Test
    void theLedgerCountsPublicListingsOfPublicBodiesByProvinceKindAndRectification() {
        List<String> ids = ids(listings.upsertAll(List.of(
                Listings.publicBody(1, "浙江", DebtorKind.GOVERNMENT_BODY, Rectification.State.NOT_PERFORMED, "100.10"),
                Listings.publicBody(2, "浙江", DebtorKind.GOVERNMENT_BODY, Rectification.State.NOT_PERFORMED, "0.25"),
                Listings.publicBody(3, "浙江", DebtorKind.GOVERNMENT_BODY, Rectification.State.PERFORMING, "7"),
                Listings.publicBody(4, "云南", DebtorKind.VILLAGE_COMMITTEE, null, "3.00"),
                Listings.publicBody(5, "浙江", DebtorKind.ENTERPRISE, Rectification.State.NOT_PERFORMED, "9.00"),
                Listings.publicBody(6, "浙江", DebtorKind.GOVERNMENT_BODY, Rectification.State.NOT_PERFORMED, "50"),
                Listings.person(7, "key-7"))));
        new ListingLifecycle(Storage.migrated(directory), outbox, clock)
                .delete(ids.get(5), DeletionGround.PERFORMED, "法官甲");

        assertEquals(List.of(
                new LedgerRow("云南", DebtorKind.VILLAGE_COMMITTEE, null, 1, new BigDecimal("3.00")),
                new LedgerRow("浙江", DebtorKind.GOVERNMENT_BODY, Rectification.State.NOT_PERFORMED, 2,
                        new BigDecimal("100.35")),
                new LedgerRow("浙江", DebtorKind.GOVERNMENT_BODY, Rectification.State.PERFORMING, 1,
                        new BigDecimal("7.00"))),
                listings.ledger());
    }

    @Test
    void publicBodiesArePagedAndNarrowedByProvinceKindAndRectificationButNeverShowOthers() {
        List<String> ids = ids(listings.upsertAll(List.of(
                Listings.publicBody(1, "浙江", DebtorKind.GOVERNMENT_BODY, Rectification.State.NOT_PERFORMED, "1"),
                Listings.publicBody(2, "浙江", DebtorKind.PUBLIC_INSTITUTION, Rectification.State.PERFORMING, "2"),
                Listings.publicBody(3, "云南", DebtorKind.GOVERNMENT_BODY, Rectification.State.PERFORMING, "3"),
                Listings.publicBody(4, "浙江", DebtorKind.ENTERPRISE, Rectification.State.PERFORMING, "4"),
                Listings.publicBody(5, "浙江", DebtorKind.GOVERNMENT_BODY, null, "5"),
                Listings.person(6, "key-6"))));
        new ListingLifecycle(Storage.migrated(directory), outbox, clock)
                .delete(ids.get(4), DeletionGround.PERFORMED, "法官甲");

        Page<Listing> all = listings.publicBodies(PublicBodyFilter.NONE, 1, 2);
        assertEquals(3, all.total(), "no enterprise, person or deleted listing");
        List<String> paged = new ArrayList<>(all.items().stream().map(Listing::id).toList());
        paged.addAll(listings.publicBodies(PublicBodyFilter.NONE, 2, 2).items().stream().map(Listing::id).toList());
        assertEquals(Set.of(ids.get(0), ids.get(1), ids.get(2)), Set.copyOf(paged));
        assertEquals(3, paged.size(), "two pages, each listing once");
        assertEquals(List.of(ids.get(1)), filtered(new PublicBodyFilter("浙江", null, Rectification.State.PERFORMING)));
        assertEquals(Set.of(ids.get(0), ids.get(2)), Set.copyOf(filtered(new PublicBodyFilter(null,
                DebtorKind.GOVERNMENT_BODY, null))));
        assertEquals(List.of(), filtered(new PublicBodyFilter("云南", DebtorKind.PUBLIC_INSTITUTION, null)));
        assertThrows(IllegalArgumentException.class, () -> new PublicBodyFilter(null, DebtorKind.ENTERPRISE, null));
        assertEquals(all.items(), listings.newestPublicBodies(2), "the home page's block is the first page");
    }

    @Test
    void aPageOfPublicBodiesReadsItsPartialIndexInOrderInsteadOfSortingThemAll() {
        String plan = Storage.migrated(directory).read(connection -> {
            StringBuilder shown = new StringBuilder();
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN QUERY PLAN SELECT id FROM listing"
                    + " WHERE" + PublicBodyListings.WHERE + " ORDER BY published_on DESC, id LIMIT 20");
                    ResultSet steps = explain.executeQuery()) {
                while (steps.next()) {
                    shown.append(steps.getString("detail")).append('\n');
                }
            }
            return shown.toString();
        });
        assertTrue(plan.contains("listing_public_bodies_newest"), plan);
        assertFalse(plan.contains("TEMP B-TREE"), "no sort: " + plan);
    }

    private List<String> filtered(PublicBodyFilter filter) {
        return listings.publicBodies(filter, 1, 20).items().stream().map(Listing::id).toList();
    }

    private static List<String> ids(UpsertResult result) {
        return result.rows().stream().map(UpsertResult.Row::id).toList();
    }

    static Listing withUnperformed(Listing listing, BigDecimal unperformed) {
        Enforcement before = listing.enforcement();
        return new Listing(listing.id(), listing.debtor(), new Enforcement(before.court(), before.province(),
                before.caseNumber(), before.basisNumber(), before.basisIssuer(), before.filedOn(), before.obligation(),
                before.performance(), before.performedAmount(), unperformed, before.conduct()),
                listing.publishedOn(), listing.rectification(), listing.decidedOn(), listing.expiresOn(),
                listing.status(), listing.sourceBatch(), listing.createdAt(), listing.updatedAt());
    }

    private static Listing withId(Listing listing, String id) {
        return new Listing(id, listing.debtor(), listing.enforcement(), listing.publishedOn(),
                listing.rectification(), listing.decidedOn(), listing.expiresOn(), listing.status(),
                listing.sourceBatch(), listing.createdAt(), listing.updatedAt());
    }
}
