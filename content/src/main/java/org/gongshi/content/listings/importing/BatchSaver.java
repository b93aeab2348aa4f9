package org.gongshi.content.listings.importing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.gongshi.content.listings.ListingBatch;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.listings.UpsertResult;

/**
 * Saves batches. Batches that are ready one after another share a transaction of up to
 * {@value #ROWS_PER_TRANSACTION} rows: a commit pays for a sync and for writing every page it touched, and the
 * natural-key index is touched all over. The repository refuses a whole batch for one row it will not store (e.g. a
 * full ID number pasted into a text column); then each row is saved on its own so only that row is rejected.
 */
final class BatchSaver {
    /** About half a second of writing: long enough to share commits, short enough for another process's takedown. */
    static final int ROWS_PER_TRANSACTION = 25_000;

    private final ListingRepository repository;

    BatchSaver(ListingRepository repository) {
        this.repository = requireNonNull(repository, "repository");
    }

    /** A batch read from the file and, unless a row in it would be refused, checked and turned into rows. */
    record Pending(Batch batch, Optional<ListingBatch> prepared) {
        /** Marks the end of the file; it joins no transaction. */
        static final Pending END = new Pending(new Batch(0), Optional.empty());
    }

    /** Checks the batch on the calling thread; not prepared when a row in it would be refused. */
    Pending prepare(Batch batch) {
        try {
            return new Pending(batch, Optional.of(repository.prepare(batch.listings())));
        } catch (IllegalArgumentException refused) {
            return new Pending(batch, Optional.empty());
        }
    }

    /** Saves {@code first} and, in its transaction, the prepared batches already {@code waiting} behind it. */
    void save(Pending first, Queue<Pending> waiting, ReportTally tally) {
        if (first.batch().size() == 0) {
            return;
        }
        if (first.prepared().isEmpty()) {
            saveOneByOne(first.batch(), tally);
            return;
        }
        List<Batch> saved = new ArrayList<>(List.of(first.batch()));
        int[] rows = {first.batch().size()};
        List<UpsertResult> results = repository.upsertAll(first.prepared().get(), () -> {
            Pending next = waiting.peek();
            if (next == null || next.prepared().isEmpty() || rows[0] + next.batch().size() > ROWS_PER_TRANSACTION) {
                return null;
            }
            waiting.remove();
            saved.add(next.batch());
            rows[0] += next.batch().size();
            return next.prepared().get();
        });
        for (int index = 0; index < results.size(); index++) {
            tally.saved(results.get(index), saved.get(index).lines());
        }
    }

    private void saveOneByOne(Batch batch, ReportTally tally) {
        for (int index = 0; index < batch.size(); index++) {
            long line = batch.line(index);
            try {
                UpsertResult result = repository.upsertAll(List.of(batch.listings().get(index)));
                tally.saved(result, new long[] {line});
            } catch (IllegalArgumentException refused) {
                tally.rejected(line, refused.getMessage());
            }
        }
    }
}
