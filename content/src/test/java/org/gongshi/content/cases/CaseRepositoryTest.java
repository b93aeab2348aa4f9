package org.gongshi.content.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.Page;
import org.gongshi.content.SaveResult;
import org.gongshi.content.Status;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.outbox.OutboxEntry;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseRepositoryTest {
    private static final Instant START = Instant.parse("2026-03-01T08:00:00.123456Z");

    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(START);
    private Outbox outbox;
    private CaseRepository cases;

    @BeforeEach
    void openRepository() {
        Database database = Storage.migrated(directory);
        outbox = new Outbox(database);
        cases = new CaseRepository(database, outbox, clock);
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        TypicalCase saved = new TypicalCase("wang-mou-jujue-zhixing", "王某拒不执行判决、裁定案",
                "昆明市中级人民法院", "（2023）云01执恢123号", "云南省昆明市", LocalDate.of(2023, 5, 31), "拒执犯罪",
                "被执行人王某**拒不**履行……", "法院依法移送公安机关。", "彰显了司法权威。",
                List.of("拒执罪", "失信惩戒"), true, Status.PUBLISHED, null, null);

        assertEquals(SaveResult.CREATED, cases.save(saved));

        TypicalCase found = cases.find("wang-mou-jujue-zhixing").orElseThrow();
        assertEquals(new TypicalCase(saved.slug(), saved.title(), saved.court(), saved.caseNumber(), saved.region(),
                saved.date(), saved.category(), saved.facts(), saved.enforcement(), saved.significance(),
                saved.tags(), true, Status.PUBLISHED, START, START), found);
    }

    @Test
    void optionalFieldsMayBeNullAndTagsEmpty() {
        TypicalCase sparse = new TypicalCase("sparse", "只有标题的案例", null, null, null, null, null, null, null,
                null, List.of(), false, Status.DRAFT, null, null);

        cases.save(sparse);

        assertEquals(new CaseTable().withTimestamps(sparse, START, START), cases.find("sparse").orElseThrow());
    }

    @Test
    void timestampsInTheArgumentAreIgnored() {
        Instant forged = Instant.parse("1999-01-01T00:00:00Z");
        cases.save(new TypicalCase("forged", "伪造时间", null, null, null, null, null, null, null, null, List.of(),
                false, Status.PUBLISHED, forged, forged));

        TypicalCase found = cases.find("forged").orElseThrow();
        assertEquals(START, found.createdAt());
        assertEquals(START, found.updatedAt());
    }

    @Test
    void creatingRecordsOneOutboxRowForTheSlug() {
        cases.save(published("first-case", LocalDate.of(2024, 1, 1)));

        assertEquals(List.of(new OutboxEntry(1, "case", "first-case")), outbox.after(0, 10));
    }

    @Test
    void savingIdenticalContentChangesNothing() {
        cases.save(published("same", LocalDate.of(2024, 1, 1)));
        long sequence = outbox.lastSequence();
        clock.advance(Duration.ofHours(1));

        assertEquals(SaveResult.UNCHANGED, cases.save(published("same", LocalDate.of(2024, 1, 1))));

        assertEquals(sequence, outbox.lastSequence());
        assertEquals(START, cases.find("same").orElseThrow().updatedAt());
    }

    @Test
    void changedContentIsUpdatedWithANewUpdatedAtAndTheOriginalCreatedAt() {
        cases.save(published("changing", LocalDate.of(2024, 1, 1)));
        clock.advance(Duration.ofDays(2));
        TypicalCase changed = new TypicalCase("changing", "标题改了", "法院", null, null, LocalDate.of(2024, 1, 1),
                null, null, null, null, List.of("新标签"), false, Status.PUBLISHED, null, null);

        assertEquals(SaveResult.UPDATED, cases.save(changed));

        TypicalCase found = cases.find("changing").orElseThrow();
        assertEquals("标题改了", found.title());
        assertEquals(List.of("新标签"), found.tags());
        assertEquals(START, found.createdAt());
        assertEquals(START.plus(Duration.ofDays(2)), found.updatedAt());
        assertEquals(2, outbox.after(0, 10).size());
    }

    @Test
    void unpublishingRecordsARowSoTheIndexDropsTheCase() {
        cases.save(published("withdrawn", LocalDate.of(2024, 1, 1)));
        TypicalCase draft = draft("withdrawn", LocalDate.of(2024, 1, 1));

        assertEquals(SaveResult.UPDATED, cases.save(draft));

        assertEquals(List.of("withdrawn", "withdrawn"), outbox.after(0, 10).stream().map(OutboxEntry::id).toList());
        assertEquals(Optional.empty(), cases.findPublished("withdrawn"));
    }

    @Test
    void aListLeavesTheTextsUnreadWhileOneItemAndAnIndexRebuildHaveThem() {
        TypicalCase full = published("with-texts", LocalDate.of(2024, 1, 1));
        cases.save(new TypicalCase(full.slug(), full.title(), "某法院", null, null, full.date(), null, "基本案情。",
                "执行情况。", "典型意义。", List.of("标签"), true, Status.PUBLISHED, null, null));

        TypicalCase listed = cases.listPublished(1, 10).items().get(0);
        assertEquals("某法院", listed.court(), "what a list shows is read");
        assertNull(listed.facts(), "a list leaves the texts unread");
        assertNull(cases.featured(1).get(0).significance());
        assertEquals("基本案情。", cases.findPublished("with-texts").orElseThrow().facts());
        List<TypicalCase> streamed = new ArrayList<>();
        cases.forEachPublished(streamed::add);
        assertNotNull(streamed.get(0).enforcement(), "an index rebuild reads the texts");
    }

    @Test
    void draftsAreInvisibleToThePublic() {
        cases.save(published("public-case", LocalDate.of(2024, 1, 1)));
        cases.save(draft("draft-case", LocalDate.of(2025, 1, 1)));

        assertTrue(cases.find("draft-case").isPresent());
        assertEquals(Optional.empty(), cases.findPublished("draft-case"));
        assertEquals("public-case", cases.findPublished("public-case").orElseThrow().slug());
        assertEquals(List.of("public-case"), slugs(cases.listPublished(1, 10).items()));
        List<TypicalCase> streamed = new ArrayList<>();
        cases.forEachPublished(streamed::add);
        assertEquals(List.of("public-case"), slugs(streamed));
        assertEquals(1, cases.countPublished());
    }

    @Test
    void listingIsNewestFirstThenBySlugAndPaged() {
        cases.save(published("b-2023", LocalDate.of(2023, 6, 1)));
        cases.save(published("a-2024", LocalDate.of(2024, 6, 1)));
        cases.save(published("c-2024", LocalDate.of(2024, 6, 1)));
        cases.save(published("d-2022", LocalDate.of(2022, 6, 1)));
        cases.save(published("e-2021", LocalDate.of(2021, 6, 1)));
        cases.save(draft("z-draft", LocalDate.of(2030, 1, 1)));

        Page<TypicalCase> first = cases.listPublished(1, 2);
        Page<TypicalCase> third = cases.listPublished(3, 2);

        assertEquals(List.of("a-2024", "c-2024"), slugs(first.items()));
        assertEquals(List.of("b-2023", "d-2022"), slugs(cases.listPublished(2, 2).items()));
        assertEquals(List.of("e-2021"), slugs(third.items()));
        assertEquals(5, first.total());
        assertEquals(3, first.pageCount());
        assertEquals(List.of(), cases.listPublished(4, 2).items());
        assertEquals(5, cases.listPublished(4, 2).total());
    }

    @Test
    void pagesCountFromOne() {
        assertThrows(IllegalArgumentException.class, () -> cases.listPublished(0, 10));
        assertThrows(IllegalArgumentException.class, () -> cases.listPublished(1, 0));
    }

    @Test
    void featuredListsOnlyPublishedFeaturedCasesNewestFirst() {
        cases.save(featured("old-featured", LocalDate.of(2020, 1, 1), Status.PUBLISHED));
        cases.save(featured("new-featured", LocalDate.of(2024, 1, 1), Status.PUBLISHED));
        cases.save(featured("middle-featured", LocalDate.of(2022, 1, 1), Status.PUBLISHED));
        cases.save(featured("draft-featured", LocalDate.of(2025, 1, 1), Status.DRAFT));
        cases.save(published("not-featured", LocalDate.of(2026, 1, 1)));

        assertEquals(List.of("new-featured", "middle-featured"), slugs(cases.featured(2)));
        assertEquals(List.of("new-featured", "middle-featured", "old-featured"), slugs(cases.featured(10)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-leading", "trailing-", "Upper", "has space", "下划线", "under_score", "dot.ted",
            "x12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901"})
    void badSlugsAreRejectedWithAMessage(String slug) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> cases.save(published(slug, LocalDate.of(2024, 1, 1))));

        assertTrue(failure.getMessage().contains("slug"), failure.getMessage());
        assertEquals(0, outbox.lastSequence());
    }

    @Test
    void aHundredCharacterSlugAndASingleCharacterSlugAreFine() {
        String longest = "a".repeat(100);

        assertEquals(SaveResult.CREATED, cases.save(published(longest, LocalDate.of(2024, 1, 1))));
        assertEquals(SaveResult.CREATED, cases.save(published("7", LocalDate.of(2024, 1, 1))));
    }

    @Test
    void aBlankTitleIsRejected() {
        TypicalCase untitled = new TypicalCase("untitled", "  ", null, null, null, null, null, null, null, null,
                List.of(), false, Status.PUBLISHED, null, null);

        assertThrows(IllegalArgumentException.class, () -> cases.save(untitled));
        assertEquals(Optional.empty(), cases.find("untitled"));
    }

    private static TypicalCase published(String slug, LocalDate date) {
        return new TypicalCase(slug, "案例 " + slug, null, null, null, date, null, null, null, null, List.of(), false,
                Status.PUBLISHED, null, null);
    }

    private static TypicalCase draft(String slug, LocalDate date) {
        return new TypicalCase(slug, "案例 " + slug, null, null, null, date, null, null, null, null, List.of(), false,
                Status.DRAFT, null, null);
    }

    private static TypicalCase featured(String slug, LocalDate date, Status status) {
        return new TypicalCase(slug, "案例 " + slug, null, null, null, date, null, null, null, null, List.of(), true,
                status, null, null);
    }

    private static List<String> slugs(List<TypicalCase> items) {
        return items.stream().map(TypicalCase::slug).toList();
    }
}
