package org.gongshi.content.bulletins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

class BulletinRepositoryTest {
    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final StatisticsTable FIGURES = new StatisticsTable(List.of("指标", "数量"),
            List.of(List.of("新收执行案件", "1,234"), List.of("执结案件", "1,100")));

    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(START);
    private Outbox outbox;
    private BulletinRepository bulletins;

    @BeforeEach
    void openRepository() {
        Database database = Storage.migrated(directory);
        outbox = new Outbox(database);
        bulletins = new BulletinRepository(database, outbox, clock);
    }

    @Test
    void everyFieldIncludingTheStatisticsTableSurvivesARoundTrip() {
        Bulletin saved = new Bulletin("2026-q3", "2026年第三季度工作进展通报", "省法院执行局", "2026年第三季度",
                LocalDate.of(2026, 10, 15), "本季度……", FIGURES, Status.PUBLISHED, null, null);

        assertEquals(SaveResult.CREATED, bulletins.save(saved));

        assertEquals(new BulletinTable().withTimestamps(saved, START, START), bulletins.find("2026-q3").orElseThrow());
        assertEquals(List.of(new OutboxEntry(1, "bulletin", "2026-q3")), outbox.after(0, 10));
    }

    @Test
    void aBulletinWithoutStatisticsReadsBackWithout() {
        Bulletin sparse = new Bulletin("sparse", "通报", null, null, null, null, null, Status.DRAFT, null, null);

        bulletins.save(sparse);

        assertEquals(new BulletinTable().withTimestamps(sparse, START, START), bulletins.find("sparse").orElseThrow());
    }

    @Test
    void identicalContentIsUnchangedAndChangedFiguresAreAnUpdate() {
        bulletins.save(bulletin("q1", LocalDate.of(2026, 4, 1), Status.PUBLISHED, FIGURES));
        clock.advance(Duration.ofHours(3));

        assertEquals(SaveResult.UNCHANGED, bulletins.save(bulletin("q1", LocalDate.of(2026, 4, 1), Status.PUBLISHED,
                new StatisticsTable(FIGURES.headers(), FIGURES.rows()))));
        assertEquals(1, outbox.lastSequence());

        StatisticsTable corrected = new StatisticsTable(List.of("指标", "数量"), List.of(List.of("执结案件", "1,101")));
        assertEquals(SaveResult.UPDATED,
                bulletins.save(bulletin("q1", LocalDate.of(2026, 4, 1), Status.PUBLISHED, corrected)));
        Bulletin found = bulletins.find("q1").orElseThrow();
        assertEquals(corrected, found.statistics());
        assertEquals(START, found.createdAt());
        assertEquals(START.plus(Duration.ofHours(3)), found.updatedAt());
    }

    @Test
    void publishedBulletinsAreNewestFirstAndDraftsHidden() {
        bulletins.save(bulletin("q1", LocalDate.of(2026, 4, 1), Status.PUBLISHED, null));
        bulletins.save(bulletin("q3", LocalDate.of(2026, 10, 1), Status.PUBLISHED, null));
        bulletins.save(bulletin("q2", LocalDate.of(2026, 7, 1), Status.PUBLISHED, null));
        bulletins.save(bulletin("q4-draft", LocalDate.of(2027, 1, 1), Status.DRAFT, null));

        assertEquals(List.of("q3", "q2"), bulletins.listPublished(1, 2).items().stream().map(Bulletin::slug).toList());
        assertEquals(3, bulletins.listPublished(1, 2).total());
        List<String> streamed = new ArrayList<>();
        bulletins.forEachPublished(bulletin -> streamed.add(bulletin.slug()));
        assertEquals(List.of("q3", "q2", "q1"), streamed);
        assertEquals(3, bulletins.countPublished());
        assertEquals(Optional.empty(), bulletins.findPublished("q4-draft"));
    }

    @Test
    void aBadSlugIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> bulletins.save(bulletin("q1-", LocalDate.of(2026, 4, 1), Status.PUBLISHED, null)));
    }

    private static Bulletin bulletin(String slug, LocalDate date, Status status, StatisticsTable statistics) {
        return new Bulletin(slug, "通报 " + slug, "执行局", "季度", date, "正文", statistics, status, null, null);
    }
}
