package org.gongshi.content.importing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongshi.content.Status;
import org.gongshi.content.bulletins.Bulletin;
import org.gongshi.content.bulletins.BulletinRepository;
import org.gongshi.content.cases.CaseRepository;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.editorial.EditorialWorkflow;
import org.gongshi.content.editorial.RevisionSummary;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.policies.PolicyRepository;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoContentTest {
    @TempDir
    Path data;

    private CaseRepository cases;
    private PolicyRepository policies;
    private BulletinRepository bulletins;
    private DemoContent demo;

    @BeforeEach
    void openStorage() {
        Database database = Storage.migrated(data);
        Outbox outbox = new Outbox(database);
        cases = new CaseRepository(database, outbox);
        policies = new PolicyRepository(database, outbox);
        bulletins = new BulletinRepository(database, outbox);
        demo = new DemoContent(new DocumentImporter(cases, policies, bulletins));
    }

    @Test
    void everyDemoFileLoads() {
        ImportReport report = demo.load();

        assertAll(
                () -> assertEquals(List.of(), report.failures()),
                () -> assertEquals(16, report.created()),
                () -> assertEquals(5, policies.countPublished()),
                () -> assertEquals(7, cases.countPublished()),
                () -> assertEquals(4, bulletins.countPublished()));
    }

    @Test
    void eachImportedItemHasItsFirstRevisionByTheImporter() {
        demo.load();
        List<TypicalCase> demoCases = new ArrayList<>();
        cases.forEachPublished(demoCases::add);

        for (TypicalCase item : demoCases) {
            List<RevisionSummary> revisions = cases.editorialQueries().revisions(item.slug());
            assertEquals(List.of(1), revisions.stream().map(RevisionSummary::number).toList(), item.slug());
            assertEquals(EditorialWorkflow.IMPORT_AUTHOR, revisions.get(0).author());
            assertEquals(Status.PUBLISHED, revisions.get(0).status());
        }
        assertEquals(1, policies.editorialQueries().revisions(policies.listPublished(1, 1).items().get(0).slug())
                .size());
    }

    @Test
    void loadingTwiceChangesNothing() {
        demo.load();

        ImportReport again = demo.load();

        assertEquals(16, again.unchanged(), again::summary);
    }

    @Test
    void fictionalContentIsVisiblyMarkedAsAnExample() {
        demo.load();
        List<TypicalCase> demoCases = new ArrayList<>();
        cases.forEachPublished(demoCases::add);
        List<Bulletin> demoBulletins = new ArrayList<>();
        bulletins.forEachPublished(demoBulletins::add);

        assertAll(
                () -> assertTrue(demoCases.stream().allMatch(item -> item.title().startsWith("【示例】")
                        && item.facts().contains("示例内容，非真实案件"))),
                () -> assertTrue(demoBulletins.stream().allMatch(item -> item.title().startsWith("【示例】")
                        && item.body().contains("示例内容") && item.statistics() != null)),
                () -> assertTrue(demoCases.stream().filter(TypicalCase::featured).count() >= 2),
                () -> assertTrue(demoCases.stream().map(TypicalCase::region).distinct().count() >= 6));
    }

    @Test
    void indexListsEveryDemoFile() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource("demo/index.txt").toURI()).getParent();
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(root)) {
            onDisk = files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("index.txt"))
                    .sorted()
                    .toList();
        }
        assertEquals(onDisk, DemoContent.index(getClass().getClassLoader()).stream().sorted().toList());
    }
}
