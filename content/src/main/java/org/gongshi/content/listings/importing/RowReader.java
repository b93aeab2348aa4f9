package org.gongshi.content.listings.importing;

import java.io.IOException;

/** Reads a listing file one row at a time, so a file of any size is never held whole. */
interface RowReader extends AutoCloseable {
    /** The next row, or null at the end of the file. */
    SourceRow next() throws IOException;

    /** Column headers or keys this importer does not read, as a warning: each reported once, on its first line. */
    java.util.List<RowProblem> columnWarnings();

    @Override
    void close() throws IOException;
}
