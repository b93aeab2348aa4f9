package org.gongshi.content.listings.importing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.gongshi.content.listings.ListingBatch;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.listings.UpsertResult;

/**
 * Saves a batch in one transaction. The repository refuses a whole batch for one row it will not store (e.g. a full
 * ID number pasted into a text column); then each row is saved on its own so only that row is rejected.
 */
final class BatchSaver {
    private final ListingRepository repository;

    BatchSaver(ListingRepository repository) {
        this.repository = requireNonNull(repository, "repository");
    }

    /** Checks the batch on the calling thread; empty when a row in it would be refused, so it goes row by row. */
    Optional<ListingBatch> prepare(Batch batch) {
        try {
            return Optional.of(repository.prepare(batch.listings()));
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }

    void save(Batch batch, Optional<ListingBatch> prepared, ReportTally tally) {
        if (batch.size() == 0) {
            return;
        }
        if (prepared.isPresent()) {
            tally.saved(repository.upsertAll(prepared.get()), batch.lines());
        } else {
            saveOneByOne(batch, tally);
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
