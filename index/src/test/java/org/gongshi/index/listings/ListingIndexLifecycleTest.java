package org.gongshi.index.listings;

import static org.gongshi.index.listings.TestListings.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.index.RebuildProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingIndexLifecycleTest {
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final LocalDate DAY = LocalDate.of(2024, 5, 31);

    @TempDir
    Path directory;

    private final InMemoryListings source = new InMemoryListings().put(person("first", "李娜", DAY));

    @Test
    void aNewListingIsFoundWithinOneSecondWithoutWaitingOnTheIndex() throws InterruptedException {
        try (TestListings listings = new TestListings(directory, source).start()) {
            source.put(person("new", "赵敏", DAY));
            listings.recordChange("listing", "new");
            long started = System.nanoTime();
            while (listings.idsByName("赵敏").isEmpty() && System.nanoTime() - started < ONE_SECOND.toNanos()) {
                Thread.sleep(10);
            }
            assertEquals(List.of("new"), listings.idsByName("赵敏"));
        }
    }

    @Test
    void aChangedListingIsReplacedAndOneNoLongerPublicDisappears() throws InterruptedException {
        try (TestListings listings = new TestListings(directory, source).start()) {
            source.put(person("first", "李娜娜", DAY));
            assertTrue(listings.index().awaitApplied(listings.recordChange("listing", "first"), ONE_SECOND));
            assertEquals(List.of("first"), listings.idsByName("李娜娜"));
            assertEquals(1, listings.index().search(ListingQuery.byName("李娜")).total(), "replaced, not added");

            source.remove("first");
            assertTrue(listings.index().awaitApplied(listings.recordChange("listing", "first"), ONE_SECOND));
            assertEquals(List.of(), listings.idsByName("李娜"));
        }
    }

    @Test
    void oneRangeEntryIndexesEveryListingWhoseIdSortsWithinIt() throws InterruptedException {
        try (TestListings listings = new TestListings(directory, source).start()) {
            source.put(person("batch-1", "吴一", DAY)).put(person("batch-2", "吴二", DAY))
                    .put(person("batch-3", "吴三", DAY)).put(person("later", "吴四", DAY));
            assertTrue(listings.index().awaitApplied(listings.recordRange("listing", "batch-1", "batch-3"),
                    ONE_SECOND));
            assertEquals(List.of("batch-1", "batch-2", "batch-3"),
                    listings.idsByName("吴").stream().sorted().toList());
        }
    }

    @Test
    void otherTypesInTheOutboxNeverHoldTheListingsBack() throws InterruptedException {
        try (TestListings listings = new TestListings(directory, source).start()) {
            listings.recordChange("policy", "some-policy");
            listings.recordChange("nosuchtype", "1");
            source.put(person("after", "周杰", DAY));
            assertTrue(listings.index().awaitApplied(listings.recordChange("listing", "after"), ONE_SECOND));
            assertEquals(List.of("after"), listings.idsByName("周杰"));
        }
    }

    @Test
    void restartAppliesChangesMadeWhileClosedWithoutRebuilding() throws InterruptedException {
        new TestListings(directory, source).start().close();
        int readsBefore = source.fullReads;
        source.put(person("while-closed", "孙丽", DAY));
        source.remove("first");
        TestListings reopened = new TestListings(directory, source);
        reopened.recordChange("listing", "while-closed");
        long sequence = reopened.recordChange("listing", "first");
        try (TestListings listings = reopened.start()) {
            assertTrue(listings.index().awaitApplied(sequence, Duration.ZERO));
            assertEquals(List.of("while-closed"), listings.idsByName("孙丽"));
            assertEquals(List.of(), listings.idsByName("李娜"));
            assertEquals(readsBefore, source.fullReads, "resumed from the committed sequence, no rebuild");
        }
    }

    @Test
    void rebuildReplacesEverythingAndReportsProgress() throws InterruptedException {
        try (TestListings listings = new TestListings(directory, source).start()) {
            source.remove("first");
            source.put(person("second", "钱多", DAY)).put(person("third", "钱少", DAY));
            List<String> events = new ArrayList<>();
            listings.index().rebuild(new RebuildProgress() {
                @Override
                public void started(long total) {
                    events.add("total " + total);
                }

                @Override
                public void indexed(long done) {
                    events.add("done " + done);
                }
            });
            assertEquals(List.of("total 2", "done 1", "done 2"), events);
            assertEquals(List.of(), listings.idsByName("李娜"));
            assertEquals(2, listings.index().search(ListingQuery.byName("钱")).total());
        }
    }

    @Test
    void theIndexLivesInItsOwnVersionDirectoryBesideTheSiteSearch() throws Exception {
        Path siteIndex = Files.createDirectories(directory.resolve("index").resolve("v2"));
        Path outdated = Files.createDirectories(directory.resolve("index").resolve("listings-v0"));
        try (TestListings listings = new TestListings(directory, source).start()) {
            assertTrue(Files.isDirectory(directory.resolve("index").resolve("listings-v" + ListingSchema.VERSION)));
            assertFalse(Files.exists(outdated));
            assertTrue(Files.exists(siteIndex), "the site search index is not the listing index's to remove");
        }
    }

    @Test
    void searchesBeforeStartAnswerAnEmptyPage() {
        try (TestListings listings = new TestListings(directory, source)) {
            ListingIndex unstarted = ListingIndex.open(listings.indexRoot, source, listings.outbox);
            assertFalse(unstarted.isReady());
            assertEquals(0, unstarted.search(ListingQuery.byName("李娜")).total());
            unstarted.close();
        }
    }
}
