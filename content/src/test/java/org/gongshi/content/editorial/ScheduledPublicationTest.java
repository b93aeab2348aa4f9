package org.gongshi.content.editorial;

import static org.gongshi.content.editorial.EditorialFixture.EDITOR;
import static org.gongshi.content.editorial.EditorialFixture.REVIEWER;
import static org.gongshi.content.editorial.EditorialFixture.START;
import static org.gongshi.content.editorial.EditorialFixture.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.Status;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.outbox.OutboxEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledPublicationTest {
    private static final Instant T = START.plus(Duration.ofDays(2));

    @TempDir
    Path directory;

    private EditorialFixture fixture;

    @BeforeEach
    void open() {
        fixture = new EditorialFixture(directory);
    }

    @Test
    void anItemScheduledForTIsNotPublicASecondBeforeAndIsPublicFromT() {
        schedule(fixture, "at-t", T);

        assertEquals(List.of(), fixture.workflow.publishDue(T.minusSeconds(1)));
        assertEquals(Optional.empty(), fixture.cases.findPublished("at-t"));
        long sequence = fixture.outbox.lastSequence();
        fixture.clock.advance(Duration.between(START, T));

        List<EditorialItem<TypicalCase>> published = fixture.workflow.publishDue(T);

        assertEquals(List.of("at-t"), published.stream().map(EditorialItem::slug).toList());
        assertEquals(List.of(Status.PUBLISHED, T), List.of(published.get(0).status(), published.get(0).publishAt()));
        assertTrue(fixture.cases.findPublished("at-t").isPresent());
        assertEquals(List.of(new OutboxEntry(sequence + 1, "case", "at-t")), fixture.outbox.after(sequence, 10));
        RevisionSummary newest = fixture.queries.revisions("at-t").get(0);
        assertEquals(List.of("scheduler", EditorialAction.PUBLISH_SCHEDULED, Status.PUBLISHED, T),
                List.of(newest.author(), newest.action(), newest.status(), newest.savedAt()));
        assertEquals(List.of(), fixture.workflow.publishDue(T), "published once");
    }

    @Test
    void everythingThatFellDueWhileNothingRanIsPublishedSoonestFirst() {
        schedule(fixture, "second", T.plusSeconds(60));
        schedule(fixture, "first", T);
        schedule(fixture, "not-yet", T.plus(Duration.ofDays(1)));

        List<EditorialItem<TypicalCase>> published = fixture.workflow.publishDue(T.plus(Duration.ofHours(1)));

        assertEquals(List.of("first", "second"), published.stream().map(EditorialItem::slug).toList());
        assertEquals(Status.SCHEDULED, fixture.queries.find("not-yet").orElseThrow().status());
    }

    @Test
    void aScheduleSurvivesARestart() {
        schedule(fixture, "after-restart", T);
        fixture.database.close();

        EditorialFixture restarted = new EditorialFixture(directory);

        assertEquals(List.of("after-restart"), restarted.workflow.publishDue(T.plusSeconds(30)).stream()
                .map(EditorialItem::slug).toList());
        assertTrue(restarted.cases.findPublished("after-restart").isPresent());
    }

    private static void schedule(EditorialFixture fixture, String slug, Instant publishAt) {
        fixture.workflow.saveDraft(draft(slug, "基本案情"), EDITOR, null);
        fixture.workflow.submitForReview(slug, EDITOR);
        fixture.workflow.approve(slug, REVIEWER, Optional.of(publishAt));
    }
}
