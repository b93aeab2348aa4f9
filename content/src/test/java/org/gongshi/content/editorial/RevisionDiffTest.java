package org.gongshi.content.editorial;

import static org.gongshi.content.editorial.EditorialFixture.EDITOR;
import static org.gongshi.content.editorial.EditorialFixture.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongshi.content.Status;
import org.gongshi.content.cases.TypicalCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionDiffTest {
    @TempDir
    Path directory;

    private EditorialFixture fixture;

    @BeforeEach
    void open() {
        fixture = new EditorialFixture(directory);
    }

    @Test
    void aChangedLineOfALongTextShowsAsDeletedThenInsertedAmongTheKeptLines() {
        fixture.workflow.saveDraft(draft("lines", "第一段。\n第二段。\n第三段。\n"), EDITOR, null);
        fixture.workflow.saveDraft(draft("lines", "第一段。\n第二段，已更正。\n第三段。\n第四段。\n"), EDITOR, null);

        RevisionDiff diff = fixture.queries.diff("lines", 1, 2);

        assertEquals(List.of("facts"), diff.changes().stream().map(FieldDiff::field).toList());
        FieldDiff facts = diff.changes().get(0);
        assertTrue(facts.byLine());
        assertEquals(List.of(
                new DiffLine(LineChange.UNCHANGED, 1, 1, "第一段。"),
                new DiffLine(LineChange.DELETED, 2, null, "第二段。"),
                new DiffLine(LineChange.INSERTED, null, 2, "第二段，已更正。"),
                new DiffLine(LineChange.UNCHANGED, 3, 3, "第三段。"),
                new DiffLine(LineChange.INSERTED, null, 4, "第四段。")), facts.lines());
        assertEquals(List.of(1, 2), List.of(diff.from().number(), diff.to().number()));
    }

    @Test
    void shortFieldsShowBeforeAndAfterAndAStatusChangeShowsItsLabels() {
        fixture.workflow.saveDraft(draft("fields", "案情"), EDITOR, null);
        TypicalCase renamed = new TypicalCase("fields", "新的标题", null, null, null, null, "拒执犯罪", "案情",
                "法院依法移送公安机关。", "彰显了司法权威。", List.of("拒执罪"), true, Status.DRAFT, null, null);
        fixture.workflow.saveDraft(renamed, EDITOR, null);
        fixture.workflow.submitForReview("fields", EDITOR);

        RevisionDiff edit = fixture.queries.diff("fields", 1, 2);
        RevisionDiff submit = fixture.queries.diff("fields", 2, 3);

        assertEquals(List.of("title", "court", "case_number", "region", "case_date", "tags", "featured"),
                edit.changes().stream().map(FieldDiff::field).toList());
        assertEquals(new FieldDiff("title", "案例 fields", "新的标题", List.of()), edit.changes().get(0));
        assertEquals(new FieldDiff("featured", "否", "是", List.of()), edit.changes().get(6));
        FieldDiff tags = edit.changes().get(5);
        assertEquals(List.of(
                new DiffLine(LineChange.UNCHANGED, 1, 1, "["),
                new DiffLine(LineChange.DELETED, 2, null, "  \"拒执罪\","),
                new DiffLine(LineChange.DELETED, 3, null, "  \"失信惩戒\""),
                new DiffLine(LineChange.INSERTED, null, 2, "  \"拒执罪\""),
                new DiffLine(LineChange.UNCHANGED, 4, 3, "]")), tags.lines());
        assertEquals(List.of(new FieldDiff("status", "草稿", "待审核", List.of())), submit.changes());
        assertTrue(fixture.queries.diff("fields", 2, 2).identical());
    }

    @Test
    void comparingWithARevisionThatIsNotThereSaysWhich() {
        fixture.workflow.saveDraft(draft("one", "案情"), EDITOR, null);

        ContentNotFoundException missing =
                assertThrows(ContentNotFoundException.class, () -> fixture.queries.diff("one", 1, 2));

        assertEquals("内容 case/one 没有第 2 版", missing.getMessage());
    }
}
