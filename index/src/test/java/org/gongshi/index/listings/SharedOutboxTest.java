package org.gongshi.index.listings;

import static org.gongshi.index.listings.TestListings.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongshi.index.DocumentSource;
import org.gongshi.index.SearchDocument;
import org.gongshi.index.SearchHit;
import org.gongshi.index.SearchIndex;
import org.gongshi.index.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site search and the listing index side by side under one root, following one outbox. */
class SharedOutboxTest {
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @TempDir
    Path directory;

    @Test
    void eachIndexAppliesItsOwnRowsAndSkipsTheOthers() throws InterruptedException {
        InMemoryListings listings = new InMemoryListings();
        OnePolicy policy = new OnePolicy();
        try (TestListings listingIndex = new TestListings(directory, listings).start();
                SearchIndex siteSearch = SearchIndex.open(listingIndex.indexRoot, List.of(policy), listingIndex.outbox)) {
            siteSearch.start();
            listings.put(person("a", "刘洋", LocalDate.of(2024, 1, 2)));
            listingIndex.recordChange("listing", "a");
            policy.published = true;
            long last = listingIndex.recordChange("policy", "rules");

            assertTrue(listingIndex.index().awaitApplied(last, ONE_SECOND), "policy rows do not block listings");
            assertTrue(siteSearch.awaitApplied(last, ONE_SECOND), "listing rows do not block the site search");
            assertEquals(List.of("a"), listingIndex.idsByName("刘洋"));
            assertEquals(List.of(), siteSearch.search(SearchQuery.of("刘洋")).hits());
            assertEquals(List.of("policy:rules"),
                    siteSearch.search(SearchQuery.of("信用修复")).hits().stream().map(SearchHit::id).toList());
            assertEquals(List.of(), listingIndex.idsByName("信用修复"));
        }
    }

    /** A site search source with one policy that is published once the test says so. */
    private static final class OnePolicy implements DocumentSource {
        volatile boolean published;

        @Override
        public String type() {
            return "policy";
        }

        @Override
        public String label() {
            return "政策文件";
        }

        @Override
        public Optional<SearchDocument> find(String key) {
            return published && key.equals("rules") ? Optional.of(document()) : Optional.empty();
        }

        @Override
        public void forEachPublished(Consumer<SearchDocument> sink) {
            find("rules").ifPresent(sink);
        }

        @Override
        public long countPublished() {
            return published ? 1 : 0;
        }

        private static SearchDocument document() {
            return new SearchDocument("policy:rules", "policy", "信用修复办法", "正文。", "/policies/rules",
                    null, null, null, null, null);
        }
    }
}
