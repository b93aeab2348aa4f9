package org.gongshi.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.outbox.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only code that writes the index, all of it on one thread: it opens (or rebuilds) the index, then follows the
 * outbox, committing each batch with its last sequence and refreshing the searcher so requests never refresh.
 */
final class IndexWriterThread implements AutoCloseable {
    static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    static final int BATCH_SIZE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(IndexWriterThread.class);

    private final Path root;
    private final IndexSchema schema;
    private final Analyzer analyzer;
    private final Map<String, DocumentSource> sources;
    private final Outbox outbox;
    private final ScheduledExecutorService thread;
    private final AtomicLong applied = new AtomicLong(-1);
    private final Object appliedChanged = new Object();

    private IndexDirectory.Opened index;
    private volatile SearcherManager searchers;
    private volatile boolean ready;

    IndexWriterThread(Path root, IndexSchema schema, Analyzer analyzer, Map<String, DocumentSource> sources, Outbox outbox) {
        this.root = root;
        this.schema = schema;
        this.analyzer = analyzer;
        this.sources = sources;
        this.outbox = outbox;
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread writer = new Thread(task, "gongshi-index-writer");
            writer.setDaemon(true);
            return writer;
        });
    }

    /**
     * Opens the index on the writer thread and waits for that, so a second process on the same index fails here,
     * loudly; the rebuild or catch-up then runs in the background.
     */
    void start() {
        await(thread.submit(() -> {
            openIndex();
            return null;
        }), "opening the search index");
        thread.execute(this::catchUp);
        long interval = POLL_INTERVAL.toMillis();
        thread.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    boolean isReady() {
        return ready;
    }

    /** The searchers, or empty before the index is open. */
    Optional<SearcherManager> searchers() {
        return Optional.ofNullable(searchers);
    }

    void rebuild(RebuildProgress progress) {
        await(thread.submit(() -> {
            openIndex();
            rebuildNow(progress);
            return null;
        }), "rebuilding the search index");
    }

    private static void await(Future<?> work, String what) {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IndexException failure) {
                throw failure;
            }
            throw new IndexException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    boolean awaitApplied(long sequence, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (appliedChanged) {
            while (applied.get() < sequence) {
                long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (remaining <= 0) {
                    return false;
                }
                appliedChanged.wait(remaining);
            }
            return true;
        }
    }

    private void catchUp() {
        try {
            if (index.sequence().isPresent()) {
                markApplied(index.sequence().getAsLong());
                applyOutbox();
            } else {
                rebuildNow(RebuildProgress.NONE);
            }
            ready = true;
            LOG.info("search index ready at outbox sequence {}", applied.get());
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot open the search index under {}: {}", root, e.toString(), e);
        }
    }

    private void openIndex() throws IOException {
        if (index == null) {
            index = IndexDirectory.open(root, IndexSchema.VERSION, analyzer);
            searchers = new SearcherManager(index.writer(), FacetedSearcher.factory(schema.facetsConfig()));
        }
    }

    private void poll() {
        if (!ready) {
            return;
        }
        try {
            applyOutbox();
        } catch (IOException | RuntimeException e) {
            LOG.warn("applying outbox changes to the search index failed; retrying: {}", e.toString(), e);
        }
    }

    private void applyOutbox() throws IOException {
        List<OutboxEntry> batch = outbox.after(applied.get(), BATCH_SIZE);
        while (!batch.isEmpty()) {
            for (OutboxEntry entry : batch) {
                apply(entry);
            }
            commit(batch.get(batch.size() - 1).sequence());
            batch = outbox.after(applied.get(), BATCH_SIZE);
        }
    }

    private void apply(OutboxEntry entry) throws IOException {
        DocumentSource source = sources.get(entry.type());
        if (source == null) {
            LOG.warn("outbox entry {} names unknown document type {}; skipped", entry.sequence(), entry.type());
            return;
        }
        Optional<SearchDocument> document = source.find(entry.id());
        // The outbox names a key within its type; the indexed id is type:key (DocumentSource's contract).
        Term id = IndexSchema.idTerm(entry.type() + ":" + entry.id());
        if (document.isPresent()) {
            index.writer().updateDocument(id, schema.toDocument(document.get()));
        } else {
            index.writer().deleteDocuments(id);
        }
    }

    private void rebuildNow(RebuildProgress progress) throws IOException {
        // Read before the sources: whatever changes while they are read is replayed from the outbox afterwards.
        long sequence = outbox.lastSequence();
        long total = sources.values().stream().mapToLong(DocumentSource::countPublished).sum();
        progress.started(total);
        IndexWriter writer = index.writer();
        writer.deleteAll();
        long[] done = {0};
        for (DocumentSource source : sources.values()) {
            source.forEachPublished(document -> {
                try {
                    writer.addDocument(schema.toDocument(document));
                } catch (IOException e) {
                    throw new IndexException("cannot index " + document.id(), e);
                }
                progress.indexed(++done[0]);
            });
        }
        commit(sequence);
        LOG.info("search index rebuilt: {} documents at outbox sequence {}", done[0], sequence);
    }

    private void commit(long sequence) throws IOException {
        index.writer().setLiveCommitData(Map.of(IndexDirectory.SEQUENCE_KEY, Long.toString(sequence)).entrySet());
        index.writer().commit();
        searchers.maybeRefreshBlocking();
        markApplied(sequence);
    }

    private void markApplied(long sequence) {
        synchronized (appliedChanged) {
            applied.set(sequence);
            appliedChanged.notifyAll();
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("the search index writer did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (index != null) {
                index.writer().close();
                index.directory().close();
            }
        } catch (IOException e) {
            throw new IndexException("cannot close the search index", e);
        }
    }
}
