package org.gongshi.content.staging;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** One staged file as stored; {@code decidedBy}, {@code decidedAt} and {@code outcome} are set once it is done. */
public record StagedImport(long id, ImportKind kind, ImportState state, String fileName, String fileHash,
        long fileSize, Optional<String> title, String stagedBy, Instant stagedAt, Optional<RowCounts> counts,
        Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> outcome) {
    public StagedImport {
        requireNonNull(kind, "kind");
        requireNonNull(state, "state");
        requireNonNull(fileName, "fileName");
        requireNonNull(fileHash, "fileHash");
        requireNonNull(title, "title");
        requireNonNull(stagedBy, "stagedBy");
        requireNonNull(stagedAt, "stagedAt");
        requireNonNull(counts, "counts");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(decidedAt, "decidedAt");
        requireNonNull(outcome, "outcome");
    }

    public boolean awaiting() {
        return state == ImportState.STAGED;
    }
}
