package org.gongshi.content.staging;

/** A listing file's dry run in numbers: rows read, rows that would be saved, rows rejected, warnings. */
public record RowCounts(long rows, long valid, long rejected, long warnings) {}
