package org.gongshi.content.staging;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.gongshi.content.listings.importing.RowProblem;

/**
 * A file about to be staged: {@code title} is a document's extracted title; {@code counts} and the problems are a
 * listing file's dry run (only the first {@link StagedImports#KEPT_PROBLEMS} of each are kept).
 */
public record NewStagedImport(ImportKind kind, String fileName, String fileHash, long fileSize, String stagedBy,
        Optional<String> title, Optional<RowCounts> counts, List<RowProblem> rejected, List<RowProblem> warnings) {
    public NewStagedImport {
        requireNonNull(kind, "kind");
        requireNonNull(fileName, "fileName");
        requireNonNull(fileHash, "fileHash");
        requireNonNull(stagedBy, "stagedBy");
        requireNonNull(title, "title");
        requireNonNull(counts, "counts");
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    public static NewStagedImport document(String fileName, String fileHash, long fileSize, String stagedBy,
            String title) {
        return new NewStagedImport(ImportKind.DOCUMENT, fileName, fileHash, fileSize, stagedBy,
                Optional.of(title), Optional.empty(), List.of(), List.of());
    }

    public static NewStagedImport listings(String fileName, String fileHash, long fileSize, String stagedBy,
            RowCounts counts, List<RowProblem> rejected, List<RowProblem> warnings) {
        return new NewStagedImport(ImportKind.LISTINGS, fileName, fileHash, fileSize, stagedBy, Optional.empty(),
                Optional.of(counts), rejected, warnings);
    }
}
