package org.gongshi.content.editorial;

import static org.gongshi.content.editorial.EditorialFixture.EDITOR;
import static org.gongshi.content.editorial.EditorialFixture.REVIEWER;
import static org.gongshi.content.editorial.EditorialFixture.START;
import static org.gongshi.content.editorial.EditorialFixture.draft;
import static org.gongshi.content.editorial.EditorialFixture.withFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.SaveResult;
import org.gongshi.content.Status;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.outbox.OutboxEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorialWorkflowTest {
    @TempDir
    Path directory;

    private EditorialFixture fixture;
    private EditorialWorkflow<TypicalCase> workflow;

    @BeforeEach
    void open() {
        fixture = new EditorialFixture(directory);
        workflow = fixture.workflow;
    }

    @Test
    void aNewDraftIsRevisionOneAndNotPublic() {
        Saved<TypicalCase> saved = workflow.saveDraft(draft("new-case", "基本案情"), EDITOR, "初稿");

        assertEquals(SaveResult.CREATED, saved.result());
        assertEquals(Status.DRAFT, saved.item().status());
        assertEquals(List.of(new RevisionSummary("new-case", 1, START, EDITOR, EditorialAction.CREATE, Status.DRAFT,
                "初稿")), fixture.queries.revisions("new-case"));
        assertEquals(Optional.empty(), fixture.cases.findPublished("new-case"));
    }

    @Test
    void creatingUnderATakenSlugWritesNothing() {
        EditorialItem<TypicalCase> created = workflow.createDraft(draft("first-come", "基本案情"), EDITOR, "初稿")
                .orElseThrow();
        assertEquals(List.of(Status.DRAFT, 1), List.of(created.status(), created.revision()));

        Optional<EditorialItem<TypicalCase>> second = workflow.createDraft(draft("first-come", "另一份案情"), EDITOR,
                null);

        assertEquals(Optional.empty(), second);
        assertEquals("基本案情", fixture.queries.find("first-come").orElseThrow().item().facts());
        assertEquals(List.of(EditorialAction.CREATE),
                fixture.queries.revisions("first-come").stream().map(RevisionSummary::action).toList());
    }

    @Test
    void fromDraftToArchiveEveryStepIsARevisionAndOnlyPublishedIsPublic() {
        workflow.saveDraft(draft("journey", "基本案情"), EDITOR, null);
        fixture.clock.advance(Duration.ofMinutes(1));
        assertEquals(Status.IN_REVIEW, workflow.submitForReview("journey", EDITOR).status());
        assertEquals(Optional.empty(), fixture.cases.findPublished("journey"));
        fixture.clock.advance(Duration.ofMinutes(1));

        EditorialItem<TypicalCase> published = workflow.approve("journey", REVIEWER, Optional.empty());

        assertEquals(Status.PUBLISHED, published.status());
        assertEquals(START.plus(Duration.ofMinutes(2)), published.publishAt());
        assertEquals("基本案情", fixture.cases.findPublished("journey").orElseThrow().facts());

        EditorialItem<TypicalCase> archived = workflow.archive("journey", REVIEWER, "案例已过时");

        assertEquals(Status.ARCHIVED, archived.status());
        assertEquals(Optional.empty(), fixture.cases.findPublished("journey"));
        assertEquals(0, fixture.cases.countPublished());
        assertEquals(List.of(EditorialAction.ARCHIVE, EditorialAction.APPROVE, EditorialAction.SUBMIT,
                EditorialAction.CREATE), fixture.actions("journey"));
        RevisionSummary newest = fixture.queries.revisions("journey").get(0);
        assertEquals(List.of(4, REVIEWER, Status.ARCHIVED, "案例已过时"),
                List.of(newest.number(), newest.author(), newest.status(), newest.note()));
    }

    @Test
    void archivingRecordsAnOutboxRowSoTheIndexDropsTheItem() {
        fixture.published("to-archive", "基本案情");
        long before = fixture.outbox.lastSequence();

        workflow.archive("to-archive", REVIEWER, null);

        assertEquals(List.of(new OutboxEntry(before + 1, "case", "to-archive")), fixture.outbox.after(before, 10));
    }

    @Test
    void anActionTheStatusDoesNotAllowIsRefusedInChineseAndWritesNothing() {
        workflow.saveDraft(draft("refused", "基本案情"), EDITOR, null);
        long sequence = fixture.outbox.lastSequence();

        IllegalTransitionException archiving =
                assertThrows(IllegalTransitionException.class, () -> workflow.archive("refused", EDITOR, null));

        assertEquals("“案例 refused”当前状态为“草稿”，不能归档：只有已发布的内容可以归档", archiving.getMessage());
        assertEquals(Status.DRAFT, archiving.status());
        assertEquals(EditorialAction.ARCHIVE, archiving.action());
        assertThrows(IllegalTransitionException.class, () -> workflow.approve("refused", REVIEWER, Optional.empty()));
        assertThrows(IllegalTransitionException.class, () -> workflow.publishNow("refused", REVIEWER));
        assertThrows(IllegalTransitionException.class, () -> workflow.returnToDraft("refused", REVIEWER, "不行"));
        workflow.submitForReview("refused", EDITOR);
        assertThrows(IllegalTransitionException.class, () -> workflow.submitForReview("refused", EDITOR));
        assertEquals(List.of(EditorialAction.SUBMIT, EditorialAction.CREATE), fixture.actions("refused"));
        assertEquals(sequence + 1, fixture.outbox.lastSequence());
    }

    @Test
    void editingAPublishedItemTakesItOffTheSiteUntilItIsApprovedAgain() {
        fixture.published("corrected", "原来的案情");

        Saved<TypicalCase> edited = workflow.saveDraft(withFacts(draft("corrected", null), "更正后的案情"), EDITOR,
                "更正笔误");

        assertEquals(SaveResult.UPDATED, edited.result());
        assertEquals(Status.DRAFT, edited.item().status());
        assertNull(edited.item().publishAt());
        assertEquals(Optional.empty(), fixture.cases.findPublished("corrected"));
        workflow.submitForReview("corrected", EDITOR);
        workflow.approve("corrected", REVIEWER, Optional.empty());
        assertEquals("更正后的案情", fixture.cases.findPublished("corrected").orElseThrow().facts());
    }

    @Test
    void savingUnchangedContentChangesNothingNotEvenThePublishedStatus() {
        fixture.published("same", "基本案情");
        long sequence = fixture.outbox.lastSequence();

        Saved<TypicalCase> saved = workflow.saveDraft(draft("same", "基本案情"), EDITOR, null);

        assertEquals(SaveResult.UNCHANGED, saved.result());
        assertEquals(Status.PUBLISHED, saved.item().status());
        assertEquals(3, fixture.queries.revisions("same").size());
        assertEquals(sequence, fixture.outbox.lastSequence());
    }

    @Test
    void restoringARevisionBringsTheOldTextBackAsANewDraft() {
        fixture.published("restored", "第一稿的案情");
        workflow.saveDraft(draft("restored", "改坏了的案情"), EDITOR, null);

        Saved<TypicalCase> restored = workflow.restore("restored", 1, REVIEWER);

        assertEquals(SaveResult.UPDATED, restored.result());
        assertEquals("第一稿的案情", restored.item().item().facts());
        assertEquals(Status.DRAFT, restored.item().status());
        RevisionSummary newest = fixture.queries.revisions("restored").get(0);
        assertEquals(List.of(5, EditorialAction.RESTORE, "恢复第 1 版"),
                List.of(newest.number(), newest.action(), newest.note()));
        assertEquals(SaveResult.UNCHANGED, workflow.restore("restored", 5, REVIEWER).result());
    }

    @Test
    void restoringWhatIsNotThereSaysWhich() {
        workflow.saveDraft(draft("short-history", "基本案情"), EDITOR, null);

        ContentNotFoundException missing =
                assertThrows(ContentNotFoundException.class, () -> workflow.restore("short-history", 9, EDITOR));

        assertEquals("内容 case/short-history 没有第 9 版", missing.getMessage());
        assertThrows(ContentNotFoundException.class, () -> workflow.submitForReview("no-such-case", EDITOR));
    }

    @Test
    void returningNeedsAReasonAndEveryActionAnAuthor() {
        workflow.saveDraft(draft("reasons", "基本案情"), EDITOR, null);
        workflow.submitForReview("reasons", EDITOR);

        IllegalArgumentException noReason = assertThrows(IllegalArgumentException.class,
                () -> workflow.returnToDraft("reasons", REVIEWER, " "));
        IllegalArgumentException noAuthor = assertThrows(IllegalArgumentException.class,
                () -> workflow.approve("reasons", "", Optional.empty()));

        assertEquals("退回理由不能为空", noReason.getMessage());
        assertEquals("操作人不能为空", noAuthor.getMessage());
        EditorialItem<TypicalCase> returned = workflow.returnToDraft("reasons", REVIEWER, "请补充执行情况");
        assertEquals(Status.DRAFT, returned.status());
        assertEquals("请补充执行情况", fixture.queries.revisions("reasons").get(0).note());
    }

    @Test
    void approvingForLaterSchedulesAndForAPastTimePublishesNow() {
        workflow.saveDraft(draft("later", "基本案情"), EDITOR, null);
        workflow.submitForReview("later", EDITOR);
        workflow.saveDraft(draft("past", "基本案情"), EDITOR, null);
        workflow.submitForReview("past", EDITOR);
        Instant tomorrow = START.plus(Duration.ofDays(1));

        EditorialItem<TypicalCase> scheduled = workflow.approve("later", REVIEWER, Optional.of(tomorrow));
        EditorialItem<TypicalCase> published =
                workflow.approve("past", REVIEWER, Optional.of(START.minus(Duration.ofDays(1))));

        assertEquals(List.of(Status.SCHEDULED, tomorrow), List.of(scheduled.status(), scheduled.publishAt()));
        assertEquals(Optional.empty(), fixture.cases.findPublished("later"));
        assertEquals(List.of(Status.PUBLISHED, START), List.of(published.status(), published.publishAt()));
        assertTrue(fixture.cases.findPublished("past").isPresent());
        assertEquals(Status.PUBLISHED, workflow.publishNow("later", REVIEWER).status());
        assertTrue(fixture.cases.findPublished("later").isPresent());
    }

    @Test
    void returningAScheduledItemCancelsItsTime() {
        workflow.saveDraft(draft("cancelled", "基本案情"), EDITOR, null);
        workflow.submitForReview("cancelled", EDITOR);
        workflow.approve("cancelled", REVIEWER, Optional.of(START.plus(Duration.ofHours(1))));

        EditorialItem<TypicalCase> returned = workflow.returnToDraft("cancelled", REVIEWER, "暂缓发布");

        assertNull(returned.publishAt());
        assertEquals(List.of(), workflow.publishDue(START.plus(Duration.ofDays(1))));
        assertEquals(Optional.empty(), fixture.cases.findPublished("cancelled"));
    }

    @Test
    void theImporterPublishesDirectlyAndEachChangeIsARevisionByImport() {
        TypicalCase imported = new TypicalCase("imported", "导入的案例", null, null, null, null, null, "案情", null,
                null, List.of(), false, Status.PUBLISHED, null, null);

        assertEquals(SaveResult.CREATED, fixture.cases.save(imported));
        assertEquals(SaveResult.UNCHANGED, fixture.cases.save(imported));
        assertEquals(SaveResult.UPDATED, fixture.cases.save(withFacts(imported, "新案情")));

        List<RevisionSummary> revisions = fixture.queries.revisions("imported");
        assertEquals(List.of(2, 1), revisions.stream().map(RevisionSummary::number).toList());
        assertTrue(revisions.stream().allMatch(revision -> revision.author().equals("import")
                && revision.action() == EditorialAction.IMPORT && revision.status() == Status.PUBLISHED));
        assertEquals("新案情", fixture.cases.findPublished("imported").orElseThrow().facts());
    }

    @Test
    void contentOlderThanRevisionsKeepsItsStateAsRevisionOne() {
        fixture.database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("INSERT INTO typical_case (slug, title, facts, tags, status, "
                        + "created_at, updated_at) VALUES ('legacy', '旧案例', '旧案情', '[]', 'PUBLISHED', "
                        + "'2024-01-01T00:00:00.000000Z', '2024-02-01T00:00:00.000000Z')");
            }
        });

        workflow.archive("legacy", REVIEWER, null);

        List<RevisionSummary> revisions = fixture.queries.revisions("legacy");
        assertEquals(new RevisionSummary("legacy", 1, Instant.parse("2024-02-01T00:00:00Z"), "import",
                EditorialAction.IMPORT, Status.PUBLISHED, "启用修订记录前的内容"), revisions.get(1));
        assertEquals(List.of(2, EditorialAction.ARCHIVE),
                List.of(revisions.get(0).number(), revisions.get(0).action()));
        assertEquals("旧案情", workflow.restore("legacy", 1, EDITOR).item().item().facts());
    }
}
