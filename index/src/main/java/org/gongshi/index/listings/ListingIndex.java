package org.gongshi.index.listings;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.index.IndexException;
import org.gongshi.index.IndexLayout;
import org.gongshi.index.OutboxFollower;
import org.gongshi.index.RebuildProgress;

/**
 * The list of dishonest judgment debtors as a rebuildable view in {@code <root>/listings-v<N>}, kept current by
 * following the outbox rows of type {@code listing}. Searches may run on any thread; all writing happens on one thread.
 */
public final class ListingIndex implements AutoCloseable {
    private static final String DIRECTORY_PREFIX = "listings-v";
    /** A larger buffer means fewer, larger segments during a rebuild of a million small documents. */
    private static final double RAM_BUFFER_MEGABYTES = 64;

    /**
     * Lucene's query cache would keep whole-segment bit sets for filters it sees often, such as a court; a lookup is
     * selective and its filters many, so building those sets cost more than they saved.
     */
    private static final SearcherFactory UNCACHED = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return searcher;
        }
    };

    private final OutboxFollower writer;
    private final ListedCourts courts = new ListedCourts();

    private ListingIndex(OutboxFollower writer) {
        this.writer = writer;
    }

    /** Prepares the index under {@code root}; nothing is read or written before {@link #start()}. */
    public static ListingIndex open(Path root, ListingSource source, Outbox outbox) {
        IndexLayout layout = new IndexLayout("listing index", root, DIRECTORY_PREFIX, ListingSchema.VERSION,
                ListingSchema.analyzer(), RAM_BUFFER_MEGABYTES, UNCACHED, ListingSearches.NEWEST_FIRST);
        ListingDocuments listings = new ListingDocuments(requireNonNull(source, "source"));
        return new ListingIndex(new OutboxFollower(layout, List.of(listings), outbox));
    }

    /** Opens the index in the background, rebuilding or catching up as needed, then follows the outbox. */
    public void start() {
        writer.start();
    }

    /** False until the start-up rebuild or catch-up is done. */
    public boolean isReady() {
        return writer.isReady();
    }

    /** Replaces the whole index with the public listings now (the CLI's {@code reindex}); blocks until done. */
    public void rebuild(RebuildProgress progress) {
        writer.rebuild(progress);
    }

    /** Waits until every outbox change up to {@code sequence} is searchable; false if {@code timeout} passed first. */
    public boolean awaitApplied(long sequence, Duration timeout) throws InterruptedException {
        return writer.awaitApplied(sequence, timeout);
    }

    /** The page of listings {@code query} asks for; an empty page while the index is still being opened. */
    public ListingResults search(ListingQuery query) {
        requireNonNull(query, "query");
        return withSearcher(searcher -> ListingSearches.search(searcher, courts, query),
                new ListingResults(0, false, List.of(), query.page(), query.pageSize()));
    }

    /**
     * Up to {@code limit} courts of listed debtors whose name contains {@code partial} (spaces, width and Traditional
     * characters aside), in name order: suggestions for the lookup's 执行法院 field. None while the index is opening.
     */
    public List<String> courtsContaining(String partial, int limit) {
        requireNonNull(partial, "partial");
        return withSearcher(searcher -> CourtNames.containing(searcher, courts, partial, limit), List.of());
    }

    private <T> T withSearcher(SearcherWork<T> work, T whileOpening) {
        Optional<SearcherManager> searchers = writer.searchers();
        if (searchers.isEmpty()) {
            return whileOpening;
        }
        try {
            IndexSearcher searcher = searchers.get().acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.get().release(searcher);
            }
        } catch (IOException e) {
            throw new IndexException("listing search failed: " + e.getMessage(), e);
        }
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() {
        writer.close();
    }
}
