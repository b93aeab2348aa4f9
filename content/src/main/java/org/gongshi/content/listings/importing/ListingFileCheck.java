package org.gongshi.content.listings.importing;

import java.util.List;

/**
 * What a dry run of a listing file found, writing nothing: {@code rows} read, of which {@code valid} would be saved,
 * and the rejected rows and warnings with their line numbers, in line order. Whether a valid row would create a
 * listing or update one is only known when it is imported.
 */
public record ListingFileCheck(long rows, long valid, List<RowProblem> rejected, List<RowProblem> warnings) {
    public ListingFileCheck {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** e.g. "共 12 行：可导入 10，拒绝 2，警告 4". */
    public String summary() {
        return "共 " + rows + " 行：可导入 " + valid + "，拒绝 " + rejected.size() + "，警告 " + warnings.size();
    }
}
