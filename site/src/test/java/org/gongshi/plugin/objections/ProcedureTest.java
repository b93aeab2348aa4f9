package org.gongshi.plugin.objections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.audit.AuditEntry;
import org.gongshi.content.audit.AuditFilter;
import org.gongshi.content.listings.ListingStatus;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.plugin.DeletionGround;
import org.gongshi.plugin.ListingCorrection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcedureTest {
    /** Wednesday 30 September 2026, 10:00 in Beijing: the National Day holiday follows. */
    private static final Instant BEFORE_NATIONAL_DAY = Instant.parse("2026-09-30T02:00:00Z");

    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(BEFORE_NATIONAL_DAY);
    private Harness harness;

    @BeforeEach
    void start() {
        harness = new Harness(directory, clock, true);
    }

    @Test
    void aSubmissionIsStoredWithItsEvidenceFirstEventAuditEntryAndMailAndTheReceiptsCodeOpensIt() {
        String token = harness.codes.submissionToken();

        Receipt receipt = harness.submissions.submit(harness.filing(Kind.OBJECTION, "zhao@example.cn"),
                List.of(harness.pdf()), token);

        assertTrue(receipt.trackingNumber().matches("YY260930[0-9A-HJKMNP-TV-Z]{6}"), receipt.trackingNumber());
        assertEquals(26, receipt.queryCode().length());
        assertEquals(LocalDate.of(2026, 10, 9), receipt.acceptBy(), "2 working days after the National Day break");
        Objection stored = harness.find(receipt.trackingNumber());
        assertEquals(State.SUBMITTED, stored.state());
        assertEquals(LocalDate.of(2026, 10, 9), stored.dueOn());
        assertTrue(Codes.matches(receipt.queryCode(), harness.store.codeHash(receipt.trackingNumber()).orElseThrow()));
        assertTrue(Codes.matches(Codes.grouped(receipt.queryCode()).toLowerCase(java.util.Locale.ROOT),
                harness.store.codeHash(receipt.trackingNumber()).orElseThrow()), "typed in groups and lower case");
        assertFalse(Codes.matches(harness.codes.queryCode(harness.codes.submissionToken()),
                harness.store.codeHash(receipt.trackingNumber()).orElseThrow()));
        List<Evidence> evidence = harness.store.evidence(receipt.trackingNumber());
        assertEquals(List.of("判决书.pdf"), evidence.stream().map(Evidence::fileName).toList());
        assertTrue(harness.uploads.find(evidence.get(0).sha256()).isPresent(), "recorded in the upload table");
        List<Event> events = harness.store.events(receipt.trackingNumber());
        assertEquals(List.of(Action.SUBMIT), events.stream().map(Event::action).toList());
        assertEquals(Procedure.APPLICANT, events.get(0).actor());
        AuditEntry entry = audit().get(0);
        assertEquals("objections.submit", entry.event().action());
        assertEquals(receipt.trackingNumber(), entry.event().objectId().orElseThrow());
        assertFalse(entry.event().detail().orElse("").contains("琥珀赵"), "no personal data in the audit log");
        String mail = queuedMail();
        assertTrue(mail.contains(receipt.trackingNumber()), mail);
        assertFalse(mail.contains(receipt.queryCode()) || mail.contains(Codes.grouped(receipt.queryCode())),
                "a mail never holds the query code");
        assertFalse(mail.contains("11010519491231002X"), mail);
    }

    @Test
    void theSameFormSentTwiceIsOneRequestWithOneReceipt() {
        String token = harness.codes.submissionToken();
        Receipt first = harness.submissions.submit(harness.filing(Kind.OBJECTION, null), List.of(), token);

        Receipt again = harness.submissions.submit(harness.filing(Kind.OBJECTION, null), List.of(), token);

        assertEquals(first, again);
        assertEquals(first, harness.submissions.received(token).orElseThrow());
        assertEquals(1, count("SELECT COUNT(*) FROM objections_objection"));
        assertTrue(harness.submissions.received(harness.codes.submissionToken()).isEmpty());
    }

    @Test
    void upholdingByDeletionDeletesTheListingInTheDecisionsTransactionClosesTheRequestAndEachStepIsRecorded() {
        String number = harness.submissions.submit(harness.filing(Kind.OBJECTION, "zhao@example.cn"), List.of(),
                harness.codes.submissionToken()).trackingNumber();
        clock.advance(Duration.ofDays(9)); // Friday 9 October 2026
        harness.take(number, Action.ACCEPT, null, null);
        assertEquals(LocalDate.of(2026, 10, 29), harness.find(number).dueOn(),
                "15 working days to decide, Saturday 10 October (调休上班) among them");
        harness.take(number, Action.START_REVIEW, null, null);
        long sequence = harness.outbox.lastSequence();

        Objection upheld = harness.take(number, Action.UPHOLD, "已提交全部清偿的银行回单，失信信息应予删除。",
                new Decision(Remedy.DELETE, null, DeletionGround.PERFORMED));

        assertEquals(State.CORRECTED, upheld.state(), "nothing left to correct: no 纠正完毕 step");
        assertNull(upheld.dueOn(), "staff owe no further step");
        assertFalse(Action.COMPLETE.allowedFrom(upheld.state()));
        assertEquals(ListingStatus.DELETED, harness.listings.find(harness.listingId).orElseThrow().status());
        assertEquals(sequence + 1, harness.outbox.lastSequence(), "both indexes are told at once");
        List<Event> events = harness.store.events(number);
        assertEquals(List.of(Action.SUBMIT, Action.ACCEPT, Action.START_REVIEW, Action.UPHOLD),
                events.stream().map(Event::action).toList());
        Event decision = events.get(3);
        assertEquals("法官甲", decision.actor());
        assertEquals(State.UNDER_REVIEW, decision.from());
        assertEquals("决定：成立，删除失信信息（异议成立，已纠正）", decision.what(Kind.OBJECTION), "the history says so");
        assertEquals("受理（已受理）", events.get(1).what(Kind.OBJECTION));
        assertEquals(List.of("objections.uphold", "objections.start_review", "objections.accept", "objections.submit"),
                audit().stream().map(entry -> entry.event().action()).toList());
        assertEquals("决定：成立，删除失信信息：异议成立，已纠正", audit().get(0).event().detail().orElseThrow());
        List<String> mails = queuedMails();
        assertEquals(4, mails.size(), "one mail a step");
        assertTrue(mails.get(3).contains("异议成立，已纠正"), mails.get(3));
    }

    @Test
    void aCorrectionMadeWithTheDecisionStillWaitsForItsCorrectionDoneStep() {
        String number = submit();
        clock.advance(Duration.ofDays(9)); // Friday 9 October 2026
        harness.take(number, Action.ACCEPT, null, null);
        harness.take(number, Action.START_REVIEW, null, null);
        Decision correction = new Decision(Remedy.CORRECT,
                new ListingCorrection(null, null, null, null, null), null);

        Objection upheld = harness.take(number, Action.UPHOLD, "未履行金额有误。", correction);

        assertEquals(State.UPHELD, upheld.state());
        assertEquals(LocalDate.of(2026, 10, 13), upheld.dueOn(), "correction within 3 working days: 10, 12, 13");
        assertEquals("决定：成立，更正公布的信息（异议成立，正在纠正）",
                harness.store.events(number).get(3).what(Kind.OBJECTION));
        Objection corrected = harness.take(number, Action.COMPLETE, null, null);
        assertEquals(State.CORRECTED, corrected.state());
        assertNull(corrected.dueOn());
    }

    @Test
    void aReconsideredDecisionThatDeletesTheListingAlsoClosesTheRequest() {
        String number = submit();
        harness.take(number, Action.ACCEPT, null, null);
        harness.take(number, Action.START_REVIEW, null, null);
        harness.take(number, Action.REJECT, "所附材料不能证明已履行。", null);
        harness.procedure.take(number, Action.APPEAL, Procedure.APPLICANT, "不服。", harness.find(number).version(),
                null);

        Objection upheld = harness.procedure.take(number, Action.RECONSIDER_UPHOLD, "复核人乙", "已履行完毕。",
                harness.find(number).version(), new Decision(Remedy.DELETE, null, DeletionGround.PERFORMED));

        assertEquals(State.CORRECTED, upheld.state());
        assertNull(upheld.dueOn());
        assertEquals(ListingStatus.DELETED, harness.listings.find(harness.listingId).orElseThrow().status());
    }

    @Test
    void aDecisionWhoseListingChangeIsRefusedChangesNothing() {
        String number = submit();
        harness.take(number, Action.ACCEPT, null, null);
        harness.take(number, Action.START_REVIEW, null, null);
        Decision delete = new Decision(Remedy.DELETE, null, DeletionGround.PERFORMED);
        harness.take(number, Action.UPHOLD, "已履行完毕。", delete);
        harness.take(number, Action.APPEAL, "还应撤销。", null);
        int version = harness.find(number).version();

        StepRefusedException refused = assertThrows(StepRefusedException.class, () -> harness.procedure.take(number,
                Action.RECONSIDER_UPHOLD, "复核人乙", "应予删除。", version, delete));

        assertTrue(refused.getMessage().startsWith("失信信息当前的状态不允许删除失信信息"), refused.getMessage());
        assertEquals(State.RECONSIDERING, harness.find(number).state(), "rolled back with the refused listing change");
        assertEquals(version, harness.find(number).version());
    }

    @Test
    void stepsOutOfOrderWithoutReasonsOrOverAnotherMembersStepAreRefused() {
        String number = submit();
        assertThrows(StepRefusedException.class, () -> harness.take(number, Action.UPHOLD, "理由", null));
        assertEquals("请写明需要补充哪些材料。", assertThrows(StepRefusedException.class,
                () -> harness.take(number, Action.RETURN, " ", null)).getMessage());
        int seen = harness.find(number).version();
        harness.take(number, Action.ACCEPT, null, null);
        assertEquals("这一申请已被他人处理，请刷新页面后再操作。", assertThrows(StepRefusedException.class,
                () -> harness.procedure.take(number, Action.RETURN, "法官乙", "缺身份证复印件", seen, null)).getMessage());
    }

    @Test
    void aReturnedRequestComesBackWithMaterialsAndItsAcceptanceDeadlineStartsAgain() {
        String number = submit();
        Objection returned = harness.take(number, Action.RETURN, "请补充身份证正反面照片。", null);
        assertEquals("请补充身份证正反面照片。", returned.missing());
        assertNull(returned.dueOn(), "the applicant owes the next step");
        clock.advance(Duration.ofDays(12)); // Monday 12 October 2026

        Objection supplemented = harness.procedure.take(number, Action.SUPPLEMENT, Procedure.APPLICANT, null,
                returned.version(), null);

        assertEquals(State.SUBMITTED, supplemented.state());
        assertEquals(LocalDate.of(2026, 10, 14), supplemented.dueOn());
    }

    @Test
    void theAppealWindowClosesTenDaysAfterTheDecisionAndAnAppealIsHeardOnce() {
        String number = submit();
        harness.take(number, Action.ACCEPT, null, null);
        harness.take(number, Action.START_REVIEW, null, null);
        Objection rejected = harness.take(number, Action.REJECT, "所附材料不能证明已履行。", null);
        clock.advance(Duration.ofDays(10)); // Saturday 10 October, a make-up working day: the window's last day

        assertEquals(LocalDate.of(2026, 10, 10), harness.deadlines.appealBy(rejected.decidedOn()));
        harness.procedure.take(number, Action.APPEAL, Procedure.APPLICANT, "不服。", rejected.version(), null);
        harness.procedure.take(number, Action.RECONSIDER_MAINTAIN, "复核人乙", "维持。", harness.find(number).version(),
                null);
        assertEquals(State.MAINTAINED, harness.find(number).state());
        assertThrows(StepRefusedException.class, () -> harness.procedure.take(number, Action.APPEAL,
                Procedure.APPLICANT, "再次不服。", harness.find(number).version(), null));
    }

    @Test
    void aLateAppealIsRefusedWithTheDayTheWindowClosed() {
        String number = submit();
        harness.take(number, Action.ACCEPT, null, null);
        harness.take(number, Action.START_REVIEW, null, null);
        harness.take(number, Action.REJECT, "不成立。", null);
        clock.advance(Duration.ofDays(13));

        StepRefusedException refused = assertThrows(StepRefusedException.class, () -> harness.procedure.take(number,
                Action.APPEAL, Procedure.APPLICANT, "不服。", harness.find(number).version(), null));

        assertEquals("申请复核的期限已于2026年10月10日届满。", refused.getMessage());
    }

    @Test
    void statisticsCountReceivedAndFirstDecisionsPerMonthWithMedianDaysAndShareInTime() {
        String first = submit();
        String second = submit();
        submit();
        clock.advance(Duration.ofDays(9)); // 9 October
        for (String number : List.of(first, second)) {
            harness.take(number, Action.ACCEPT, null, null);
            harness.take(number, Action.START_REVIEW, null, null);
        }
        harness.take(first, Action.REJECT, "不成立。", null);
        clock.advance(Duration.ofDays(4)); // 13 October
        harness.take(second, Action.UPHOLD, "成立。", new Decision(Remedy.REVOKE, null, null));

        List<MonthFigures> months = new Statistics(harness.database, harness.deadlines)
                .lastMonths(LocalDate.of(2026, 10, 20));

        assertEquals(12, months.size());
        MonthFigures september = months.get(10);
        MonthFigures october = months.get(11);
        assertEquals(3, september.received());
        assertEquals(0, september.decided());
        assertNull(september.medianWorkingDays());
        assertEquals(1, october.upheld());
        assertEquals(1, october.rejected());
        assertEquals(3.5, october.medianWorkingDays(), "2 working days (8, 9 Oct) and 5 (8, 9, 10, 12, 13 Oct)");
        assertEquals(100, october.withinDeadlinePercent());
        assertEquals(ListingStatus.REVOKED, harness.listings.find(harness.listingId).orElseThrow().status());
        assertEquals(State.CORRECTED, harness.find(second).state(), "a revoked listing leaves nothing to correct");
    }

    private String submit() {
        return harness.submissions.submit(harness.filing(Kind.OBJECTION, null), List.of(),
                harness.codes.submissionToken()).trackingNumber();
    }

    private List<AuditEntry> audit() {
        return harness.audit.list(AuditFilter.everything(), 1, 50).items();
    }

    private String queuedMail() {
        return queuedMails().get(0);
    }

    private List<String> queuedMails() {
        return harness.database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT subject || ' ' || body FROM objections_mail "
                    + "ORDER BY sequence"); var rows = query.executeQuery()) {
                List<String> mails = new java.util.ArrayList<>();
                while (rows.next()) {
                    mails.add(rows.getString(1));
                }
                return mails;
            }
        });
    }

    private long count(String sql) {
        return harness.database.read(connection -> {
            try (var query = connection.prepareStatement(sql); var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
