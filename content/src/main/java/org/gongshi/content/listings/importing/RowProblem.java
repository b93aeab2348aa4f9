package org.gongshi.content.listings.importing;

import static java.util.Objects.requireNonNull;

/** A rejected row or a warning: the file's line number (1 is the header) and the zh-CN reason. */
public record RowProblem(long line, String reason) {
    public RowProblem {
        requireNonNull(reason, "reason");
    }
}
