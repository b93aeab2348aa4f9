package org.gongshi.content.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.outbox.OutboxEntry;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ListingLifecycleTest {
    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant LATER = START.plus(Duration.ofHours(2));
    private static final LocalDate EXPIRY = LocalDate.of(2027, 3, 10);

    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(START);
    private Outbox outbox;
    private ListingRepository listings;
    private ListingLifecycle lifecycle;
    private Database database;
    private String id;

    @BeforeEach
    void importOneListing() {
        database = Storage.migrated(directory);
        outbox = new Outbox(database);
        listings = new ListingRepository(database, outbox, clock);
        lifecycle = new ListingLifecycle(database, outbox, clock);
        id = listings.upsertAll(List.of(Listings.person(1, "key-1"))).rows().get(0).id();
        clock.advance(Duration.ofHours(2));
    }

    @Test
    void correctReplacesTheContentKeepsIdTermAndCreationAndRecordsTheFields() {
        Listing corrected = ListingRepositoryTest.withUnperformed(Listings.person(1, "key-1"), new BigDecimal("9.90"));

        Listing result = lifecycle.correct(id, corrected, "法官甲", "未履行金额录入错误");

        assertEquals(result, listings.find(id).orElseThrow());
        assertEquals(ListingStatus.CORRECTED, result.status());
        assertEquals(new BigDecimal("9.90"), result.enforcement().unperformedAmount());
        assertEquals(EXPIRY, result.expiresOn());
        assertEquals(START, result.createdAt());
        assertEquals(LATER, result.updatedAt());
        assertEquals(new HistoryEntry(id, 2, LATER, "法官甲", HistoryAction.CORRECTED, ListingStatus.PUBLISHED,
                ListingStatus.CORRECTED, null, "未履行金额录入错误", List.of("unperformed_fen")), last());
    }

    @Test
    void changesWithinTheCallersTransactionCommitAndRollBackWithIt() {
        long sequence = outbox.lastSequence();
        assertThrows(IllegalStateException.class, () -> database.inTransaction(connection -> {
            ListingChanges changes = lifecycle.within(connection);
            assertEquals(ListingStatus.REVOKED, changes.revoke(id, "法官甲", "不应纳入").status());
            assertEquals(ListingStatus.REVOKED, changes.find(id).orElseThrow().status(), "seen inside");
            throw new IllegalStateException("the caller's own write failed");
        }));
        assertEquals(ListingStatus.PUBLISHED, listings.find(id).orElseThrow().status(), "rolled back with the caller");
        assertEquals(sequence, outbox.lastSequence());

        Listing deleted = database.inTransaction(connection -> lifecycle.within(connection)
                .delete(id, DeletionGround.PERFORMED, "法官甲", "已提交结案文书"));

        assertEquals(ListingStatus.DELETED, deleted.status());
        assertEquals(deleted, listings.find(id).orElseThrow());
        assertEquals(sequence + 1, outbox.lastSequence());
        assertEquals(new HistoryEntry(id, 2, LATER, "法官甲", HistoryAction.DELETED, ListingStatus.PUBLISHED,
                ListingStatus.DELETED, DeletionGround.PERFORMED, "已提交结案文书", List.of()), last());
    }

    @Test
    void aCorrectedListingIsHeldAgainstTheNextImport() {
        lifecycle.correct(id, ListingRepositoryTest.withUnperformed(Listings.person(1, "key-1"), BigDecimal.ONE),
                "法官甲", "更正");
        long sequence = outbox.lastSequence();

        UpsertResult again = listings.upsertAll(List.of(Listings.person(1, "key-1")));

        assertEquals(List.of(new UpsertResult.Row(id, UpsertOutcome.HELD)), again.rows());
        assertEquals(new BigDecimal("1.00"), listings.find(id).orElseThrow().enforcement().unperformedAmount());
        assertEquals(sequence, outbox.lastSequence());
    }

    @Test
    void revokeDeleteAndRestoreMoveTheStatusAndEachRecordsHistoryAndOutbox() {
        assertEquals(ListingStatus.DELETED, lifecycle.delete(id, DeletionGround.SETTLEMENT_PERFORMED, "法官甲").status());
        assertEquals(ListingStatus.PUBLISHED, lifecycle.restore(id, "法官乙", "和解协议未履行，恢复执行").status());
        assertEquals(ListingStatus.REVOKED, lifecycle.revoke(id, "法官丙", "不符合纳入条件").status());
        assertEquals(ListingStatus.PUBLISHED, lifecycle.restore(id, "法官丙", "撤销决定有误").status());

        List<HistoryEntry> history = listings.history(id);
        assertEquals(List.of(HistoryAction.CREATED, HistoryAction.DELETED, HistoryAction.RESTORED,
                HistoryAction.REVOKED, HistoryAction.RESTORED), history.stream().map(HistoryEntry::action).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), history.stream().map(HistoryEntry::version).toList());
        assertEquals(DeletionGround.SETTLEMENT_PERFORMED, history.get(1).ground());
        assertEquals("法官乙", history.get(2).actor());
        assertEquals(ListingStatus.DELETED, history.get(2).fromStatus());
        assertEquals(List.of(id, id, id, id, id), outbox.after(0, 10).stream().map(OutboxEntry::id).toList());
    }

    @Test
    void aDeletionMayCarryANoteBesideItsGround() {
        lifecycle.delete(id, DeletionGround.PERFORMED, "法官甲", "执行款已于3月2日全部到账");

        assertEquals(DeletionGround.PERFORMED, last().ground());
        assertEquals("执行款已于3月2日全部到账", last().reason());
        assertThrows(IllegalArgumentException.class,
                () -> lifecycle.delete(id, DeletionGround.PERFORMED, "法官甲", " "), "a blank note is refused");
    }

    @Test
    void aHookRunsInTheChangesTransactionAndItsFailureUndoesTheChange() {
        List<HistoryEntry> seen = new ArrayList<>();
        lifecycle.withHook((transaction, change) -> seen.add(change)).revoke(id, "法官甲", "不应纳入");
        assertEquals(List.of(last()), seen);

        long sequence = outbox.lastSequence();
        ListingLifecycle failing = lifecycle.withHook((transaction, change) -> {
            throw new SQLException("audit log unavailable");
        });
        assertThrows(RuntimeException.class, () -> failing.restore(id, "法官甲", "撤销有误"));

        assertEquals(ListingStatus.REVOKED, listings.find(id).orElseThrow().status());
        assertEquals(2, listings.history(id).size());
        assertEquals(sequence, outbox.lastSequence());
    }

    @Test
    void historyIsAppendOnlyEveryEarlierEntryStaysAsItWas() {
        List<HistoryEntry> before = listings.history(id);
        lifecycle.delete(id, DeletionGround.PERFORMED, "法官甲");
        List<HistoryEntry> middle = listings.history(id);
        lifecycle.restore(id, "法官甲", "误删");

        List<HistoryEntry> after = listings.history(id);
        assertEquals(before, after.subList(0, 1));
        assertEquals(middle, after.subList(0, 2));
        assertEquals(3, after.size());
    }

    @Test
    void illegalTransitionsThrowInChineseAndWriteNothing() {
        lifecycle.delete(id, DeletionGround.PERFORMED, "法官甲");
        long sequence = outbox.lastSequence();

        IllegalTransitionException twice = assertThrows(IllegalTransitionException.class,
                () -> lifecycle.delete(id, DeletionGround.PERFORMED, "法官甲"));
        assertThrows(IllegalTransitionException.class, () -> lifecycle.correct(id, Listings.person(1, "key-1"),
                "法官甲", "更正"));
        assertThrows(IllegalTransitionException.class, () -> lifecycle.extend(id, EXPIRY.plusYears(1), "法官甲", "延长"));

        assertEquals("失信名单条目 " + id + " 当前状态为“已删除”，不能删除", twice.getMessage());
        assertEquals(ListingStatus.DELETED, twice.status());
        assertEquals(sequence, outbox.lastSequence());
        assertEquals(2, listings.history(id).size());
    }

    @Test
    void restoringAPublishedListingAndRevokingTwiceAreIllegal() {
        IllegalTransitionException restore = assertThrows(IllegalTransitionException.class,
                () -> lifecycle.restore(id, "法官甲", "恢复"));
        assertEquals(HistoryAction.RESTORED, restore.action());
        lifecycle.revoke(id, "法官甲", "不应纳入");
        assertThrows(IllegalTransitionException.class, () -> lifecycle.revoke(id, "法官甲", "不应纳入"));
    }

    @ParameterizedTest
    @EnumSource(ListingStatus.class)
    void everyTransitionIsAllowedExactlyFromTheStatusesTheRulesName(ListingStatus from) {
        boolean isPublic = from == ListingStatus.PUBLISHED || from == ListingStatus.CORRECTED;
        assertEquals(isPublic, Transitions.allowed(HistoryAction.CORRECTED, from));
        assertEquals(isPublic, Transitions.allowed(HistoryAction.DELETED, from));
        assertEquals(isPublic, Transitions.allowed(HistoryAction.EXPIRED, from));
        assertEquals(isPublic, Transitions.allowed(HistoryAction.EXTENDED, from));
        assertEquals(from != ListingStatus.REVOKED, Transitions.allowed(HistoryAction.REVOKED, from));
        assertEquals(from == ListingStatus.REVOKED || from == ListingStatus.DELETED,
                Transitions.allowed(HistoryAction.RESTORED, from));
    }

    @Test
    void anUnknownIdIsATypedNotFound() {
        ListingNotFoundException missing = assertThrows(ListingNotFoundException.class,
                () -> lifecycle.revoke("nosuchlisting", "法官甲", "不应纳入"));
        assertEquals("nosuchlisting", missing.id());
        assertEquals("未找到失信名单条目：nosuchlisting", missing.getMessage());
    }

    @Test
    void aBlankActorOrReasonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> lifecycle.revoke(id, " ", "不应纳入"));
        assertThrows(IllegalArgumentException.class, () -> lifecycle.revoke(id, "法官甲", ""));
        assertEquals(ListingStatus.PUBLISHED, listings.find(id).orElseThrow().status());
    }

    @Test
    void extendMovesTheExpiryLaterOnlyAndRecordsIt() {
        Listing extended = lifecycle.extend(id, EXPIRY.plusYears(1), "法官甲", "以暴力、威胁方法妨碍执行");

        assertEquals(EXPIRY.plusYears(1), extended.expiresOn());
        assertEquals(ListingStatus.PUBLISHED, extended.status());
        assertEquals(List.of("expires_on"), last().changedFields());
        IllegalTransitionException earlier = assertThrows(IllegalTransitionException.class,
                () -> lifecycle.extend(id, EXPIRY, "法官甲", "缩短"));
        assertTrue(earlier.getMessage().contains("须晚于当前到期日"), earlier.getMessage());
    }

    @Test
    void expiryWorksThroughMoreListingsThanOneChunkHolds() {
        List<Listing> many = java.util.stream.IntStream.rangeClosed(2, 2_501)
                .mapToObj(number -> Listings.person(number, "key-" + number)).toList();
        listings.upsertAll(many);

        assertEquals(2_501, lifecycle.expireDue(EXPIRY.plusDays(1), "system"));

        assertEquals(0, listings.countPublic());
        assertEquals(0, lifecycle.expireDue(EXPIRY.plusDays(1), "system"));
    }

    @Test
    void expiryTakesEffectTheDayAfterTheLastDayOfTheTerm() {
        assertEquals(0, lifecycle.expireDue(EXPIRY, "system"));
        assertEquals(ListingStatus.PUBLISHED, listings.find(id).orElseThrow().status());

        assertEquals(1, lifecycle.expireDue(EXPIRY.plusDays(1), "system"));

        assertEquals(ListingStatus.EXPIRED, listings.find(id).orElseThrow().status());
        assertEquals(HistoryAction.EXPIRED, last().action());
        assertEquals(0, lifecycle.expireDue(EXPIRY.plusDays(2), "system"));
        assertEquals(2, outbox.after(0, 10).size());
    }

    @Test
    void aListingForRefusingDespiteTheMeansToPayNeverExpiresAndHasNoTermToExtend() {
        String refuses = listings.upsertAll(List.of(Listings.withConduct("有履行能力而拒不履行生效法律文书确定义务",
                Listings.DECIDED, null))).rows().get(0).id();

        assertEquals(1, lifecycle.expireDue(EXPIRY.plusYears(10), "system"), "only the two-year listing");

        assertEquals(ListingStatus.PUBLISHED, listings.find(refuses).orElseThrow().status());
        assertEquals(null, listings.find(refuses).orElseThrow().expiresOn());
        assertThrows(IllegalTransitionException.class,
                () -> lifecycle.extend(refuses, EXPIRY.plusYears(1), "法官甲", "情节严重"));
    }

    @Test
    void correctingTheCircumstanceSetsTheTermAnew() {
        Listing refuses = Listings.withConduct("有履行能力而拒不履行生效法律文书确定义务", Listings.DECIDED, null);

        Listing corrected = lifecycle.correct(id, refuses, "法官甲", "失信情形录入有误");

        assertEquals(null, corrected.expiresOn());
        assertTrue(last().changedFields().contains("expires_on"), last().changedFields().toString());
    }

    @Test
    void expiryCoversCorrectedListingsAndSkipsDeletedOnes() {
        String other = listings.upsertAll(List.of(Listings.person(2, "key-2"))).rows().get(0).id();
        String deleted = listings.upsertAll(List.of(Listings.person(3, "key-3"))).rows().get(0).id();
        lifecycle.correct(other, Listings.person(2, "key-2"), "法官甲", "核对");
        lifecycle.delete(deleted, DeletionGround.PERFORMED, "法官甲");

        assertEquals(2, lifecycle.expireDue(EXPIRY.plusDays(1), "system"));

        assertEquals(ListingStatus.EXPIRED, listings.find(other).orElseThrow().status());
        assertEquals(ListingStatus.DELETED, listings.find(deleted).orElseThrow().status());
    }

    private HistoryEntry last() {
        List<HistoryEntry> history = listings.history(id);
        return history.get(history.size() - 1);
    }
}
