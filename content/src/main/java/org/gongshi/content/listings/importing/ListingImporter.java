package org.gongshi.content.listings.importing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gongshi.content.listings.IdentifierKeys;
import org.gongshi.content.listings.ListingRepository;

/**
 * Imports the list of dishonest judgment debtors from CSV (UTF-8 or GB18030, Chinese headers) or JSON Lines (the
 * national site's keys); the columns are described in docs/importing.md. The file is streamed: rows are checked one
 * by one, a bad row is rejected with its line number and a zh-CN reason, and the good ones are saved in batches of
 * {@value #BATCH_SIZE} on a second thread while the next batch is being read; batches that are ready together share
 * a transaction (see {@link BatchSaver}). Used by the CLI and the back office.
 */
public final class ListingImporter {
    static final int BATCH_SIZE = 5_000;
    private static final long HAND_OVER_POLL_MILLIS = 50;

    private final BatchSaver saver;
    private final DryRun dryRun;
    private final DebtorRows debtors;
    private final Clock clock;
    private final int batchSize;

    public ListingImporter(ListingRepository repository, IdentifierKeys keys, Clock clock) {
        this(repository, keys, clock, BATCH_SIZE);
    }

    ListingImporter(ListingRepository repository, IdentifierKeys keys, Clock clock, int batchSize) {
        this.saver = new BatchSaver(repository);
        this.dryRun = new DryRun(repository);
        this.debtors = new DebtorRows(keys);
        this.clock = requireNonNull(clock, "clock");
        this.batchSize = batchSize;
    }

    /** @throws ListingImportException when the file is missing, unreadable or has no recognisable header */
    public ListingImportReport importFile(Path file, ListingImportListener listener) {
        requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new ListingImportException("找不到要导入的文件：" + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(file.getFileName().toString(), in, Files.size(file), listener);
        } catch (IOException unreadable) {
            throw new ListingImportException("文件无法读取：" + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * Checks every row of the file as {@link #importFile} would and saves nothing: the dry run staff review before
     * publishing a file. Throws {@link ListingImportException} for the same files {@link #importFile} refuses.
     */
    public ListingFileCheck check(Path file, ListingImportListener listener) {
        requireNonNull(file, "file");
        requireNonNull(listener, "listener");
        if (!Files.isRegularFile(file)) {
            throw new ListingImportException("找不到要检查的文件：" + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName().toString();
            return dryRun.check(name, in, new ListingRows(debtors, clock, name + " " + clock.instant()), listener,
                    Files.size(file));
        } catch (IOException unreadable) {
            throw new ListingImportException("文件无法读取：" + unreadable.getMessage(), unreadable);
        }
    }

    /** Imports from a stream, e.g. an upload; {@code name} decides the format when it ends in .jsonl or .ndjson. */
    public ListingImportReport importStream(String name, InputStream in, ListingImportListener listener)
            throws IOException {
        return importStream(name, in, -1, listener);
    }

    private ListingImportReport importStream(String name, InputStream in, long totalBytes,
            ListingImportListener listener) throws IOException {
        requireNonNull(name, "name");
        requireNonNull(in, "in");
        requireNonNull(listener, "listener");
        ListingInput.ByteCount count = new ListingInput.ByteCount();
        ListingRows rows = new ListingRows(debtors, clock, name + " " + clock.instant());
        ReportTally tally = new ReportTally();
        // One batch waits while one is written and the next is read, so memory stays bounded by three batches.
        BlockingQueue<BatchSaver.Pending> ready = new ArrayBlockingQueue<>(1);
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "listing-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        try (RowReader reader = ListingInput.open(name, in, count)) {
            // only once the encoding and header are known good, so a refused file shows no progress at all
            listener.starting(totalBytes);
            Future<?> saving = writer.submit(() -> save(ready, tally));
            Batch batch = new Batch(batchSize);
            long rowsRead = 0;
            for (SourceRow source = reader.next(); source != null; source = reader.next()) {
                rowsRead++;
                ConvertedRow row = rows.convert(source);
                if (row.listing() != null) {
                    batch.add(row.line(), row.listing());
                }
                tally.checked(row);
                if (batch.size() == batchSize) {
                    handOver(saver.prepare(batch), ready, saving);
                    batch = new Batch(batchSize);
                    listener.progressed(rowsRead, count.bytes());
                }
            }
            handOver(saver.prepare(batch), ready, saving);
            handOver(BatchSaver.Pending.END, ready, saving);
            await(saving);
            tally.warn(reader.columnWarnings());
            listener.progressed(rowsRead, count.bytes());
            return tally.report();
        } catch (UncheckedIOException unreadable) {
            throw new ListingImportException("文件无法读取：" + unreadable.getMessage(), unreadable);
        } finally {
            writer.shutdownNow();
        }
    }

    /** The writer thread: saves what the reader hands over, batches that are ready together in one transaction. */
    private Void save(BlockingQueue<BatchSaver.Pending> ready, ReportTally tally) throws InterruptedException {
        for (BatchSaver.Pending next = ready.take(); next != BatchSaver.Pending.END; next = ready.take()) {
            saver.save(next, ready, tally);
        }
        return null;
    }

    /** Waits for room in the queue, or fails with the writer's failure if it has stopped. */
    private static void handOver(BatchSaver.Pending pending, BlockingQueue<BatchSaver.Pending> ready,
            Future<?> saving) {
        try {
            while (!ready.offer(pending, HAND_OVER_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (saving.isDone()) {
                    await(saving);
                    throw new IllegalStateException("the writer stopped before the end of the file");
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("导入被中断", interrupted);
        }
    }

    private static void await(Future<?> saving) {
        try {
            saving.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("导入被中断", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }
}
