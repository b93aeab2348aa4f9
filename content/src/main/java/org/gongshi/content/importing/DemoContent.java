package org.gongshi.content.importing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fictional demo cases and bulletins (every one titled 【示例】) and the five real policy texts, loaded from the
 * classpath. Files are listed in {@code demo/index.txt} because a directory cannot be listed inside a jar.
 */
public final class DemoContent {
    private static final String ROOT = "demo/";
    private static final String INDEX = ROOT + "index.txt";

    private final DocumentImporter importer;

    public DemoContent(DocumentImporter importer) {
        this.importer = requireNonNull(importer, "importer");
    }

    public ImportReport load() {
        return load(ImportListener.NONE);
    }

    public ImportReport load(ImportListener listener) {
        requireNonNull(listener, "listener");
        ClassLoader loader = DemoContent.class.getClassLoader();
        List<SourceFile> files = index(loader).stream()
                .map(name -> SourceFile.onClasspath(loader, ROOT + name))
                .toList();
        return importer.importFiles(files, listener);
    }

    /** The file names in the index, relative to demo/; blank lines and # comments are skipped. */
    static List<String> index(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException(INDEX + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }
}
