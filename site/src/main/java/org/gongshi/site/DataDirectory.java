package org.gongshi.site;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The layout of a data directory; {@link #prepare} creates what is missing so a fresh directory just works. */
public record DataDirectory(Path root) {
    public DataDirectory {
        root = requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public static DataDirectory prepare(Path root) {
        DataDirectory directory = new DataDirectory(root);
        for (Path path : new Path[] {directory.root(), directory.index(), directory.uploads(), directory.plugins()}) {
            try {
                Files.createDirectories(path);
            } catch (IOException e) {
                throw new UncheckedIOException("无法创建数据目录 " + path + "：" + e.getMessage(), e);
            }
        }
        return directory;
    }

    public Path database() {
        return root.resolve("gongshi.db");
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path uploads() {
        return root.resolve("uploads");
    }

    public Path plugins() {
        return root.resolve("plugins");
    }
}
