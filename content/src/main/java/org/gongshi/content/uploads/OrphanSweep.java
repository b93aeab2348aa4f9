package org.gongshi.content.uploads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.StorageException;

/**
 * Removes what a crash or an abandoned transaction left in one area: partial files, and whole files that no row
 * records. Each whole file is checked and deleted inside a write transaction, so it cannot go while
 * {@link UploadStore#record} is recording it.
 */
final class OrphanSweep {
    private final Path directory;
    private final String area;
    private final Database database;

    OrphanSweep(Path directory, String area, Database database) {
        this.directory = directory;
        this.area = area;
        this.database = database;
    }

    int sweep(Instant cutoff) {
        try {
            int deleted = 0;
            for (Path partial : children(directory.resolve(UploadStore.INCOMING))) {
                if (isOlder(partial, cutoff) && Files.deleteIfExists(partial)) {
                    deleted++;
                }
            }
            for (Path fanOut : children(directory)) {
                String prefix = fanOut.getFileName().toString();
                if (!prefix.matches("[0-9a-f]{2}")) {
                    continue;
                }
                for (Path file : children(fanOut)) {
                    String name = file.getFileName().toString();
                    if (ContentHashes.isSha256(name) && name.startsWith(prefix) && isOlder(file, cutoff)) {
                        deleted += deleteUnrecorded(file, name, cutoff);
                    }
                }
            }
            return deleted;
        } catch (IOException e) {
            throw new StorageException("sweeping the uploads in " + directory + " failed: " + e.getMessage(), e);
        }
    }

    private int deleteUnrecorded(Path file, String sha256, Instant cutoff) {
        return database.inTransaction(transaction -> {
            if (UploadRows.find(transaction, area, sha256).isPresent()) {
                return 0;
            }
            try {
                // Stored again since the first look: about to be recorded, so it stays.
                return isOlder(file, cutoff) && Files.deleteIfExists(file) ? 1 : 0;
            } catch (IOException e) {
                throw new StorageException("cannot delete the orphan upload " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private static boolean isOlder(Path file, Instant cutoff) throws IOException {
        return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
    }

    private static List<Path> children(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.sorted().toList();
        }
    }
}
