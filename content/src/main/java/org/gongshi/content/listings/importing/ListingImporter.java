package org.gongshi.content.listings.importing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gongshi.content.listings.IdentifierKeys;
import org.gongshi.content.listings.ListingBatch;
import org.gongshi.content.listings.ListingRepository;

/**
 * Imports the list of dishonest judgment debtors from CSV (UTF-8 or GB18030, Chinese headers) or JSON Lines (the
 * national site's keys); the columns are described in docs/importing.md. The file is streamed: rows are checked one
 * by one, a bad row is rejected with its line number and a zh-CN reason, and the good ones are saved in batches of
 * {@value #BATCH_SIZE}, one transaction each, while the next batch is being read. Used by the CLI and the back office.
 */
public final class ListingImporter {
    static final int BATCH_SIZE = 5_000;

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
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "listing-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        try (RowReader reader = ListingInput.open(name, in, count)) {
            // only once the encoding and header are known good, so a refused file shows no progress at all
            listener.starting(totalBytes);
            CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);
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
                    saving = saveAfter(saving, batch, tally, writer);
                    batch = new Batch(batchSize);
                    listener.progressed(rowsRead, count.bytes());
                }
            }
            await(saveAfter(saving, batch, tally, writer));
            tally.warn(reader.columnWarnings());
            listener.progressed(rowsRead, count.bytes());
            return tally.report();
        } catch (UncheckedIOException unreadable) {
            throw new ListingImportException("文件无法读取：" + unreadable.getMessage(), unreadable);
        } finally {
            writer.shutdownNow();
        }
    }

    /** Waits for the batch before (at most one is in flight, so memory stays bounded), then saves this one. */
    private CompletableFuture<Void> saveAfter(CompletableFuture<Void> previous, Batch batch, ReportTally tally,
            ExecutorService writer) {
        Optional<ListingBatch> prepared = saver.prepare(batch);
        await(previous);
        return CompletableFuture.runAsync(() -> saver.save(batch, prepared, tally), writer);
    }

    private static void await(CompletableFuture<Void> saving) {
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
