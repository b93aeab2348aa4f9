package org.gongshi.content.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file to import: the name reports show and a way to read its bytes, from disk or from the classpath. */
interface SourceFile {
    String name();

    byte[] read() throws IOException;

    static SourceFile onDisk(String name, Path path) {
        return new SourceFile() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public byte[] read() throws IOException {
                return Files.readAllBytes(path);
            }
        };
    }

    static SourceFile onClasspath(ClassLoader loader, String resource) {
        return new SourceFile() {
            @Override
            public String name() {
                return resource;
            }

            @Override
            public byte[] read() throws IOException {
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("not on the classpath: " + resource);
                    }
                    return in.readAllBytes();
                }
            }
        };
    }
}
