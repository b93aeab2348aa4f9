package org.gongshi.content.editorial;

import java.util.List;

/**
 * A field that differs between two revisions. {@code field} is the column name (title, status, publish_at, facts,
 * body, …), a stable key for a label; {@code before} and {@code after} are its texts (null when empty). A field whose
 * text has more than one line on either side also comes as {@code lines}, the texts compared line by line, so the
 * change can be shown in place; for other fields {@code lines} is empty.
 */
public record FieldDiff(String field, String before, String after, List<DiffLine> lines) {
    public FieldDiff {
        lines = List.copyOf(lines);
    }

    public boolean byLine() {
        return !lines.isEmpty();
    }
}
