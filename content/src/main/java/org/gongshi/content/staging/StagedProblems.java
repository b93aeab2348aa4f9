package org.gongshi.content.staging;

import java.util.List;
import org.gongshi.content.listings.importing.RowProblem;

/** The kept problems of a dry run, each list in line order. */
public record StagedProblems(List<RowProblem> rejected, List<RowProblem> warnings) {
    public StagedProblems {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }
}
