package org.gongshi.index;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.gongshi.content.outbox.Outbox;

/**
 * The search index: a rebuildable view of the published documents the {@link DocumentSource}s give, kept current by
 * following the {@link Outbox}. Searches may run on any thread; all writing happens on one thread of its own.
 */
public final class SearchIndex implements AutoCloseable {
    private final Map<String, String> typeLabels;
    /** Site search keeps the {@code index/v<N>} directory it always had. */
    private static final String DIRECTORY_PREFIX = "v";
    private static final double RAM_BUFFER_MEGABYTES = 16;

    private final OutboxFollower writer;
    private final Searches searches;
    private final RecentSearches recent = new RecentSearches();

    private SearchIndex(Map<String, String> typeLabels, OutboxFollower writer, Searches searches) {
        this.typeLabels = typeLabels;
        this.writer = writer;
        this.searches = searches;
    }

    /** Prepares the index under {@code indexRoot}; nothing is read or written before {@link #start()}. */
    public static SearchIndex open(Path indexRoot, List<DocumentSource> sources, Outbox outbox) {
        IndexSchema schema = new IndexSchema();
        requireNonNull(indexRoot, "indexRoot");
        requireNonNull(outbox, "outbox");
        Map<String, DocumentSource> byType = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (DocumentSource source : requireNonNull(sources, "sources")) {
            DocumentSource previous = byType.putIfAbsent(source.type(), source);
            if (previous != null) {
                throw new IllegalArgumentException("two document sources for type " + source.type() + ": "
                        + previous.getClass().getName() + " and " + source.getClass().getName());
            }
            labels.put(source.type(), source.label());
        }
        Analyzer analyzer = schema.analyzer();
        IndexLayout layout = new IndexLayout("search index", indexRoot, DIRECTORY_PREFIX, IndexSchema.VERSION,
                analyzer, RAM_BUFFER_MEGABYTES, FacetedSearcher.factory(schema.facetsConfig()), null);
        List<SiteDocuments> followed = byType.values().stream()
                .map(source -> new SiteDocuments(source, schema))
                .toList();
        OutboxFollower writer = new OutboxFollower(layout, followed, outbox);
        Searches searches = new Searches(
                schema, new TextQueries(analyzer), new Highlights(analyzer), Map.copyOf(labels));
        return new SearchIndex(java.util.Collections.unmodifiableMap(labels), writer, searches);
    }

    /** Opens the index in the background, rebuilding or catching up as needed, then follows the outbox. */
    public void start() {
        writer.start();
    }

    /** False until the start-up rebuild or catch-up is done. */
    public boolean isReady() {
        return writer.isReady();
    }

    /** Results for {@code query}; an empty page while the index is still being opened. */
    public SearchResults search(SearchQuery query) {
        requireNonNull(query, "query");
        Optional<SearcherManager> searchers = writer.searchers();
        if (searchers.isEmpty()) {
            return new SearchResults(0, List.of(), Map.of(), query.page(), query.pageSize());
        }
        try {
            IndexSearcher searcher = searchers.get().acquire();
            try {
                return recent.answer(searcher, query, () -> searches.search((FacetedSearcher) searcher, query));
            } finally {
                searchers.get().release(searcher);
            }
        } catch (IOException e) {
            throw new IndexException("search failed: " + e.getMessage(), e);
        }
    }

    /** Labels of the registered document types, by type key, e.g. policy → 政策文件. */
    public Map<String, String> typeLabels() {
        return typeLabels;
    }

    /**
     * Replaces the whole index with what the sources hold now (the CLI's {@code reindex}); blocks until done.
     * {@code progress} hears the total first, then the count after each document.
     */
    public void rebuild(RebuildProgress progress) {
        writer.rebuild(progress);
    }

    /** Waits until every outbox change up to {@code sequence} is searchable; false if {@code timeout} passed first. */
    public boolean awaitApplied(long sequence, Duration timeout) throws InterruptedException {
        return writer.awaitApplied(sequence, timeout);
    }

    @Override
    public void close() {
        writer.close();
    }
}
