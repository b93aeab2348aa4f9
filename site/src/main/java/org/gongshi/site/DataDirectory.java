package org.gongshi.site;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The layout of a data directory; {@link #prepare} creates what is missing so a fresh directory just works. */
public record DataDirectory(Path root) {
    public DataDirectory {
        root = requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public static DataDirectory prepare(Path root) {
        DataDirectory directory = new DataDirectory(root);
        for (Path path : new Path[] {directory.root(), directory.index(), directory.uploads(), directory.plugins(),
            directory.staging()}) {
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

    /** The secret the keyed hashes of ID numbers are made with; back it up with the database, never publish it. */
    public Path identifierKey() {
        return root.resolve("identifier.key");
    }

    public Path uploads() {
        return root.resolve("uploads");
    }

    /**
     * Files uploaded in the back office and held for review until they are published or discarded. A listing file
     * holds full ID numbers, so it lies here only until then; never back this folder up or serve it.
     */
    public Path staging() {
        return root.resolve("staging");
    }

    public Path plugins() {
        return root.resolve("plugins");
    }

    /** Optional settings file: {@code key = value} lines in UTF-8, e.g. the plugins' settings. */
    public Path settings() {
        return root.resolve("gongshi.properties");
    }

    /** The configured settings; none when the file does not exist. */
    public Map<String, String> readSettings() {
        if (!Files.exists(settings())) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(settings(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("无法读取配置文件 " + settings() + "：" + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).strip()));
        return values;
    }
}
