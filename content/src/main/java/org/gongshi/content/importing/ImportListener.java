package org.gongshi.content.importing;

/** Follows an import as it goes, e.g. to drive a progress bar: the file count first, then each file's outcome. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = outcome -> { };

    /** Called once, before the first file, with how many files will be imported. */
    default void starting(int fileCount) {}

    /** Called after each file, failed or not. */
    void imported(FileOutcome outcome);
}
