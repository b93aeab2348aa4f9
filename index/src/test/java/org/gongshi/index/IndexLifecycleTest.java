package org.gongshi.index;

import static org.gongshi.index.TestIndex.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLifecycleTest {
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @TempDir
    Path directory;

    private final InMemorySource policies = new InMemorySource("policy", "政策文件")
            .put(document("policy:first", "信用修复办法", "正文。"));

    @Test
    void changeRecordedAfterStartIsSearchableWithinOneSecond() throws InterruptedException {
        try (TestIndex index = new TestIndex(directory, List.of(policies)).start()) {
            policies.put(document("policy:new", "联合惩戒备忘录", "正文。"));
            long sequence = index.recordChange("policy", "new");
            long started = System.nanoTime();
            while (index.ids("联合惩戒").isEmpty() && System.nanoTime() - started < ONE_SECOND.toNanos()) {
                Thread.sleep(10);
            }
            assertEquals(List.of("policy:new"), index.ids("联合惩戒"));
            assertTrue(index.index().awaitApplied(sequence, ONE_SECOND));
        }
    }

    @Test
    void updatesReplaceAndDeletesRemove() throws InterruptedException {
        try (TestIndex index = new TestIndex(directory, List.of(policies)).start()) {
            policies.put(document("policy:first", "信用修复管理办法（修订）", "正文。"));
            assertTrue(index.index().awaitApplied(index.recordChange("policy", "first"), ONE_SECOND));
            assertEquals(List.of("policy:first"), index.ids("修订"));
            assertEquals(1, index.search("").total());

            policies.remove("policy:first");
            assertTrue(index.index().awaitApplied(index.recordChange("policy", "first"), ONE_SECOND));
            assertEquals(List.of(), index.ids("信用"));
            assertEquals(0, index.search("").total());
        }
    }

    @Test
    void aRepeatedSearchIsAnsweredFromMemoryUntilTheIndexChangesAndNeverAfter() throws InterruptedException {
        try (TestIndex index = new TestIndex(directory, List.of(policies)).start()) {
            SearchQuery query = SearchQuery.of("信用修复");
            SearchResults first = index.index().search(query);
            assertSame(first, index.index().search(query), "the same state of the index, the same answer");

            policies.remove("policy:first");
            assertTrue(index.index().awaitApplied(index.recordChange("policy", "first"), ONE_SECOND));
            assertEquals(0, index.index().search(query).total(), "a takedown is never answered from memory");
        }
    }

    @Test
    void unknownTypesAreSkippedWithoutStoppingTheFeed() throws InterruptedException {
        try (TestIndex index = new TestIndex(directory, List.of(policies)).start()) {
            index.recordChange("nosuchtype", "1");
            policies.put(document("policy:after", "典型案例通报", "正文。"));
            assertTrue(index.index().awaitApplied(index.recordChange("policy", "after"), ONE_SECOND));
            assertEquals(List.of("policy:after"), index.ids("典型案例"));
        }
    }

    @Test
    void restartAppliesChangesMadeWhileClosedWithoutRebuilding() throws InterruptedException {
        TestIndex index = new TestIndex(directory, List.of(policies)).start();
        index.stop();
        policies.put(document("policy:while-closed", "诉讼执行协调机制", "正文。"));
        long sequence = index.recordChange("policy", "while-closed");
        CountingSource counting = new CountingSource(policies);
        try (TestIndex restarted = new TestIndex(directory, List.of(counting)).start()) {
            assertEquals(List.of("policy:while-closed"), restarted.ids("协调机制"));
            assertTrue(restarted.index().awaitApplied(sequence, Duration.ZERO));
            assertEquals(0, counting.fullReads, "resumed from the committed sequence, no rebuild");
        }
    }

    @Test
    void aSecondWriterOnTheSameIndexIsRefusedAndTheFirstKeepsItsIndex() throws InterruptedException {
        try (TestIndex running = new TestIndex(directory, List.of(policies)).start()) {
            SearchIndex second = SearchIndex.open(directory.resolve("index"), List.of(policies), running.outbox);

            IndexException refused = assertThrows(IndexException.class, second::start);
            second.close();

            assertTrue(refused.getMessage().contains("正被另一个进程使用"), refused.getMessage());
            assertEquals(List.of("policy:first"), running.ids("信用修复"));
            policies.put(document("policy:later", "信用修复细则", "正文。"));
            assertTrue(running.index().awaitApplied(running.recordChange("policy", "later"), ONE_SECOND));
            assertEquals(2, running.ids("信用修复").size(), "the running index still takes changes");
        }
    }

    @Test
    void corruptIndexIsRebuiltFromTheSources() throws InterruptedException, IOException {
        new TestIndex(directory, List.of(policies)).start().close();
        Path version = directory.resolve("index").resolve("v" + IndexSchema.VERSION);
        try (Stream<Path> files = Files.list(version)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, "garbage, not a Lucene file".getBytes());
            }
        }
        try (TestIndex restarted = new TestIndex(directory, List.of(policies)).start()) {
            assertEquals(List.of("policy:first"), restarted.ids("信用"));
        }
    }

    @Test
    void indexLivesInItsSchemaVersionDirectoryAndOlderOnesAreRemoved() throws InterruptedException, IOException {
        Path outdated = Files.createDirectories(directory.resolve("index").resolve("v0"));
        Files.writeString(outdated.resolve("segments_1"), "old");
        try (TestIndex index = new TestIndex(directory, List.of(policies)).start()) {
            assertTrue(Files.isDirectory(directory.resolve("index").resolve("v" + IndexSchema.VERSION)));
            assertFalse(Files.exists(outdated));
            assertEquals(List.of("policy:first"), index.ids("信用"));
        }
    }

    @Test
    void rebuildReportsTheTotalFirstThenProgress() throws InterruptedException {
        policies.put(document("policy:second", "第二份", "正文。")).put(document("policy:third", "第三份", "正文。"));
        try (TestIndex index = new TestIndex(directory, List.of(policies)).start()) {
            List<String> events = new ArrayList<>();
            index.index().rebuild(new RebuildProgress() {
                @Override
                public void started(long total) {
                    events.add("total " + total);
                }

                @Override
                public void indexed(long done) {
                    events.add("done " + done);
                }
            });
            assertEquals(List.of("total 3", "done 1", "done 2", "done 3"), events);
            assertEquals(3, index.search("").total());
        }
    }

    @Test
    void isReadyOnlyAfterStart() {
        try (TestIndex index = new TestIndex(directory, List.of(policies))) {
            SearchIndex unstarted = SearchIndex.open(index.indexRoot, List.of(policies), index.outbox);
            assertFalse(unstarted.isReady());
            assertEquals(0, unstarted.search(SearchQuery.of("")).total());
            unstarted.close();
        }
    }

    /** Counts rebuild reads, so a test can tell a resumed index from a rebuilt one. */
    private static final class CountingSource implements DocumentSource {
        private final DocumentSource delegate;
        int fullReads;

        CountingSource(DocumentSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public String type() {
            return delegate.type();
        }

        @Override
        public String label() {
            return delegate.label();
        }

        @Override
        public java.util.Optional<SearchDocument> find(String id) {
            return delegate.find(id);
        }

        @Override
        public void forEachPublished(java.util.function.Consumer<SearchDocument> sink) {
            fullReads++;
            delegate.forEachPublished(sink);
        }

        @Override
        public long countPublished() {
            return delegate.countPublished();
        }
    }
}
