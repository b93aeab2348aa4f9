package org.gongshi.index;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.outbox.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only code that writes one index, all of it on one thread of its own: it opens (or rebuilds) the index, then
 * follows the outbox, applying the rows of its {@link FollowedType}s, committing with the last sequence read and
 * refreshing the searcher so requests never refresh. Every index of the module (site search, listings) is one of these.
 */
public final class OutboxFollower implements AutoCloseable {
    static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    static final int BATCH_SIZE = 500;
    /** While catching up on a long backlog, commit (and so show progress) at least this often. */
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxFollower.class);

    private final IndexLayout layout;
    private final Map<String, FollowedType> types;
    private final Outbox outbox;
    private final ScheduledExecutorService thread;
    private final AtomicLong applied = new AtomicLong(-1);
    private final Object appliedChanged = new Object();

    private IndexDirectory.Opened index;
    private volatile SearcherManager searchers;
    private volatile boolean ready;

    /** Nothing is read or written before {@link #start()}; two followed types may not share an outbox type. */
    public OutboxFollower(IndexLayout layout, List<? extends FollowedType> types, Outbox outbox) {
        this.layout = requireNonNull(layout, "layout");
        this.outbox = requireNonNull(outbox, "outbox");
        Map<String, FollowedType> byType = new LinkedHashMap<>();
        for (FollowedType type : requireNonNull(types, "types")) {
            if (byType.putIfAbsent(type.type(), type) != null) {
                throw new IllegalArgumentException(layout.name() + " follows outbox type " + type.type() + " twice");
            }
        }
        this.types = java.util.Collections.unmodifiableMap(byType);
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread writer = new Thread(task, "gongshi-" + layout.name().replace(' ', '-') + "-writer");
            writer.setDaemon(true);
            return writer;
        });
    }

    /**
     * Opens the index on the writer thread and waits for that, so a second process on the same index fails here,
     * loudly; the rebuild or catch-up then runs in the background.
     */
    public void start() {
        await(thread.submit(() -> {
            openIndex();
            return null;
        }), "opening the " + layout.name());
        thread.execute(this::catchUp);
        long interval = POLL_INTERVAL.toMillis();
        thread.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** False until the start-up rebuild or catch-up is done. */
    public boolean isReady() {
        return ready;
    }

    /** The searchers, or empty before the index is open; callers {@code acquire()} and {@code release()}. */
    public Optional<SearcherManager> searchers() {
        return Optional.ofNullable(searchers);
    }

    /** Replaces the whole index with what the types hold now; blocks until done. */
    public void rebuild(RebuildProgress progress) {
        requireNonNull(progress, "progress");
        await(thread.submit(() -> {
            openIndex();
            rebuildNow(progress);
            return null;
        }), "rebuilding the " + layout.name());
    }

    /** Waits until every outbox change up to {@code sequence} is searchable; false if {@code timeout} passed first. */
    public boolean awaitApplied(long sequence, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + requireNonNull(timeout, "timeout").toNanos();
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

    private void catchUp() {
        try {
            if (index.sequence().isPresent()) {
                markApplied(index.sequence().getAsLong());
                applyOutbox();
            } else {
                rebuildNow(RebuildProgress.NONE);
            }
            ready = true;
            LOG.info("{} ready at outbox sequence {}", layout.name(), applied.get());
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot open the {} under {}: {}", layout.name(), layout.root(), e.toString(), e);
        }
    }

    private void openIndex() throws IOException {
        if (index == null) {
            index = IndexDirectory.open(layout);
            searchers = new SearcherManager(index.writer(), layout.searcherFactory());
        }
    }

    private void poll() {
        if (!ready) {
            return;
        }
        try {
            applyOutbox();
        } catch (IOException | RuntimeException e) {
            LOG.warn("applying outbox changes to the {} failed; retrying: {}", layout.name(), e.toString(), e);
        }
    }

    /** Applies everything recorded so far, committing once at the end (and every second of a long backlog). */
    private void applyOutbox() throws IOException {
        long read = applied.get();
        long lastCommit = System.nanoTime();
        List<OutboxEntry> batch = outbox.after(read, BATCH_SIZE);
        while (!batch.isEmpty()) {
            // per entry, since one entry may stand for a whole import batch of documents
            for (OutboxEntry entry : batch) {
                apply(entry);
                read = entry.sequence();
                if (System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos()) {
                    commit(read);
                    lastCommit = System.nanoTime();
                }
            }
            batch = outbox.after(read, BATCH_SIZE);
        }
        if (read > applied.get()) {
            commit(read);
        }
    }

    private void apply(OutboxEntry entry) throws IOException {
        FollowedType type = types.get(entry.type());
        if (type == null) {
            // Another index's type (or a plugin not installed here): skipping it must never hold this index back.
            LOG.debug("{}: outbox entry {} of type {} is not followed here; skipped",
                    layout.name(), entry.sequence(), entry.type());
            return;
        }
        if (entry.isRange()) {
            type.findBetween(entry.id(), entry.lastId(), (key, document) -> {
                try {
                    write(type, key, document);
                } catch (IOException e) {
                    throw new IndexException("cannot index " + type.type() + " " + key, e);
                }
            });
        } else {
            write(type, entry.id(), type.find(entry.id()));
        }
    }

    private void write(FollowedType type, String key, Optional<Document> document) throws IOException {
        if (document.isPresent()) {
            index.writer().updateDocument(type.idTerm(key), document.get());
        } else {
            index.writer().deleteDocuments(type.idTerm(key));
        }
    }

    private void rebuildNow(RebuildProgress progress) throws IOException {
        // Read before the types: whatever changes while they are read is replayed from the outbox afterwards.
        long sequence = outbox.lastSequence();
        long total = types.values().stream().mapToLong(FollowedType::countPublished).sum();
        progress.started(total);
        IndexWriter writer = index.writer();
        writer.deleteAll();
        long[] done = {0};
        for (FollowedType type : types.values()) {
            type.forEachPublished(document -> {
                try {
                    writer.addDocument(document);
                } catch (IOException e) {
                    throw new IndexException("cannot index a " + type.type() + " document", e);
                }
                progress.indexed(++done[0]);
            });
        }
        commit(sequence);
        LOG.info("{} rebuilt: {} documents at outbox sequence {}", layout.name(), done[0], sequence);
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
                LOG.warn("the {} writer did not stop within 30 s", layout.name());
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
            throw new IndexException("cannot close the " + layout.name(), e);
        }
    }
}
