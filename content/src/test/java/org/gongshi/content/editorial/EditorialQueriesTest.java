package org.gongshi.content.editorial;

import static org.gongshi.content.editorial.EditorialFixture.EDITOR;
import static org.gongshi.content.editorial.EditorialFixture.REVIEWER;
import static org.gongshi.content.editorial.EditorialFixture.START;
import static org.gongshi.content.editorial.EditorialFixture.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.Page;
import org.gongshi.content.Status;
import org.gongshi.content.cases.TypicalCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorialQueriesTest {
    @TempDir
    Path directory;

    private EditorialFixture fixture;
    private EditorialQueries<TypicalCase> queries;

    @BeforeEach
    void open() {
        fixture = new EditorialFixture(directory);
        queries = fixture.queries;
    }

    @Test
    void itemsAreListedByStatusLastChangedFirstAndPaged() {
        for (String slug : List.of("a", "b", "c", "d")) {
            fixture.workflow.saveDraft(draft(slug, "基本案情"), EDITOR, null);
            fixture.clock.advance(Duration.ofMinutes(1));
        }
        fixture.workflow.submitForReview("b", EDITOR);

        Page<EditorialItem<TypicalCase>> drafts = queries.list(Status.DRAFT, 1, 2);

        assertEquals(List.of("d", "c"), slugs(drafts));
        assertEquals(3, drafts.total());
        assertEquals(List.of("a"), slugs(queries.list(Status.DRAFT, 2, 2)));
        assertEquals(List.of("b"), slugs(queries.list(Status.IN_REVIEW, 1, 10)));
        assertEquals(List.of("b", "d", "c", "a"), slugs(queries.listAll(1, 10)));
        assertEquals(4, queries.listAll(1, 1).total());
        assertThrows(IllegalArgumentException.class, () -> queries.list(Status.DRAFT, 0, 10));
    }

    @Test
    void scheduledItemsAreListedSoonestFirstWithTheirTime() {
        for (String slug : List.of("in-two-days", "tomorrow")) {
            fixture.workflow.saveDraft(draft(slug, "基本案情"), EDITOR, null);
            fixture.workflow.submitForReview(slug, EDITOR);
        }
        fixture.workflow.approve("in-two-days", REVIEWER, Optional.of(START.plus(Duration.ofDays(2))));
        fixture.workflow.approve("tomorrow", REVIEWER, Optional.of(START.plus(Duration.ofDays(1))));

        List<EditorialItem<TypicalCase>> scheduled = queries.list(Status.SCHEDULED, 1, 10).items();

        assertEquals(List.of("tomorrow", "in-two-days"), scheduled.stream().map(EditorialItem::slug).toList());
        assertEquals(START.plus(Duration.ofDays(1)), scheduled.get(0).publishAt());
    }

    @Test
    void findShowsAnItemInAnyStatusWithItsNewestRevision() {
        fixture.published("found", "基本案情");
        fixture.workflow.archive("found", REVIEWER, null);

        EditorialItem<TypicalCase> found = queries.find("found").orElseThrow();

        assertEquals(List.of(Status.ARCHIVED, 4, REVIEWER, "案例 found"),
                List.of(found.status(), found.revision(), found.revisedBy(), found.title()));
        assertEquals(Optional.empty(), queries.find("missing"));
        assertEquals(List.of(), queries.revisions("missing"));
    }

    @Test
    void aRevisionHoldsTheItemAsItWasSaved() {
        fixture.published("kept", "第一版案情");
        fixture.clock.advance(Duration.ofDays(1));
        fixture.workflow.saveDraft(draft("kept", "第二版案情"), EDITOR, null);

        Revision<TypicalCase> approved = queries.revision("kept", 3).orElseThrow();

        assertEquals("第一版案情", approved.item().facts());
        assertEquals(Status.PUBLISHED, approved.item().status());
        assertEquals(START, approved.publishAt());
        assertEquals(List.of("拒执罪", "失信惩戒"), approved.item().tags());
        assertEquals("第二版案情", queries.revision("kept", 4).orElseThrow().item().facts());
        assertEquals(Optional.empty(), queries.revision("kept", 5));
    }

    private static List<String> slugs(Page<EditorialItem<TypicalCase>> page) {
        return page.items().stream().map(EditorialItem::slug).toList();
    }
}
