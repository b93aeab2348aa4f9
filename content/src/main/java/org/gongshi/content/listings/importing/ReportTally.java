package org.gongshi.content.listings.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongshi.content.listings.UpsertResult;

/** Counts outcomes and collects problems; shared by the thread that reads rows and the one that saves them. */
final class ReportTally {
    private long accepted;
    private long updated;
    private long unchanged;
    private long held;
    private final List<RowProblem> rejected = new ArrayList<>();
    private final List<RowProblem> warnings = new ArrayList<>();

    synchronized void checked(ConvertedRow row) {
        for (String warning : row.warnings()) {
            warnings.add(new RowProblem(row.line(), warning));
        }
        if (row.rejection() != null) {
            rejected.add(new RowProblem(row.line(), row.rejection()));
        }
    }

    synchronized void warn(List<RowProblem> problems) {
        warnings.addAll(problems);
    }

    synchronized void rejected(long line, String reason) {
        rejected.add(new RowProblem(line, reason));
    }

    /** Counts a saved batch; {@code lines} are the file lines of its rows, in the same order. */
    synchronized void saved(UpsertResult result, long[] lines) {
        for (int index = 0; index < result.rows().size(); index++) {
            switch (result.rows().get(index).outcome()) {
                case CREATED -> accepted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case HELD -> {
                    held++;
                    warnings.add(new RowProblem(lines[index], "该条目已由工作人员更正、撤销或删除，导入未改动它"));
                }
            }
        }
    }

    synchronized ListingImportReport report() {
        warnings.sort(Comparator.comparingLong(RowProblem::line));
        rejected.sort(Comparator.comparingLong(RowProblem::line));
        return new ListingImportReport(accepted, updated, unchanged, held, rejected, warnings);
    }
}
