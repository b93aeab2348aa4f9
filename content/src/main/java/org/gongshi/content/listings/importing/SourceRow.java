package org.gongshi.content.listings.importing;

import static java.util.Objects.requireNonNull;

/**
 * One row as read from the file, before any checking: the text under each {@link ListingColumn} (null when absent or
 * blank), or the zh-CN {@code problem} that made the row unreadable (wrong column count, broken JSON).
 */
record SourceRow(long line, String[] values, String problem) {
    SourceRow {
        requireNonNull(values, "values");
    }

    static SourceRow broken(long line, String problem) {
        return new SourceRow(line, new String[0], requireNonNull(problem, "problem"));
    }

    String value(ListingColumn column) {
        return values.length == 0 ? null : values[column.ordinal()];
    }

    static String[] emptyValues() {
        return new String[ListingColumn.values().length];
    }

    /** Stores {@code text} stripped, or nothing when it is blank. */
    static void put(String[] values, ListingColumn column, String text) {
        if (column != null && text != null) {
            String stripped = text.strip();
            if (!stripped.isEmpty()) {
                values[column.ordinal()] = stripped;
            }
        }
    }
}
