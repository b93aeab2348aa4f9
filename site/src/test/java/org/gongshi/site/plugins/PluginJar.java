package org.gongshi.site.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.gongshi.plugin.SitePlugin;

/** A one-class plugin compiled from source and packed as a jar at test time, as a third party would ship it. */
public final class PluginJar {
    private static final String SERVICE_FILE = "META-INF/services/" + SitePlugin.class.getName();

    private PluginJar() {}

    /** Compiles {@code source}, class {@code example.<simpleName>}, against the test's classpath into {@code jar}. */
    public static void write(Path jar, String simpleName, String source) {
        Path work = null;
        try {
            work = Files.createTempDirectory("plugin-jar");
            Path sourceFile = Files.writeString(Files.createDirectories(work.resolve("src/example"))
                    .resolve(simpleName + ".java"), source);
            Path classes = Files.createDirectories(work.resolve("classes"));
            int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-classpath",
                    System.getProperty("java.class.path"), "-d", classes.toString(), sourceFile.toString());
            assertEquals(0, status, "the sample plugin compiles");
            String classFile = "example/" + simpleName + ".class";
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                add(out, classFile, Files.readAllBytes(classes.resolve(classFile)));
                add(out, SERVICE_FILE, ("example." + simpleName + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(work);
        }
    }

    private static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        ((OutputStream) out).write(bytes);
        out.closeEntry();
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
