package org.gongshi.content.listings.importing;

/** Follows a listing import, e.g. to drive a progress bar: the file size first, then rows and bytes read so far. */
@FunctionalInterface
public interface ListingImportListener {
    ListingImportListener NONE = (rows, bytes) -> { };

    /** Called once before the first row with the file's size in bytes, or -1 when it is not known (a stream). */
    default void starting(long totalBytes) {}

    /** Called after each batch is saved, and once at the end. */
    void progressed(long rowsRead, long bytesRead);
}
