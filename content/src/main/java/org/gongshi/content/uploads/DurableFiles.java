package org.gongshi.content.uploads;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * File steps that survive a power cut once they return: a synced file is on disk, a name created or moved into a
 * directory is on disk once the directory is synced too (what SQLite and Lucene do for their own files).
 */
final class DurableFiles {
    /** Windows cannot open a directory as a channel; NTFS journals its directory changes itself. */
    private static final boolean SYNCS_DIRECTORIES =
            !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private DurableFiles() {}

    /** Creates what is missing of {@code directory}, syncing each parent that got a new entry. */
    static void createDirectories(Path directory) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path path = directory; path != null && !Files.isDirectory(path); path = path.getParent()) {
            missing.push(path);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            try {
                Files.createDirectory(next);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(next)) {
                    throw e;
                }
            }
            syncDirectory(next.getParent());
        }
    }

    /**
     * Renames {@code source} over {@code target} in one step and syncs the directory. Replacing an existing target
     * is safe: both hold the same bytes, readers of the old one keep reading it, and the fresh modification time
     * keeps {@link UploadStore#sweepOrphans} away from a file about to be recorded.
     */
    static void moveIntoPlace(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(target.getParent());
    }

    static void syncDirectory(Path directory) throws IOException {
        if (SYNCS_DIRECTORIES && directory != null) {
            try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }
}
