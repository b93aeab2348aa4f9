package org.gongshi.site.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.gongshi.plugin.SitePlugin;

/**
 * A plugin compiled from source and packed as a jar at test time, as a third party would ship it: against the plugin
 * API and its libraries (Javalin, SLF4J) alone, never the site's other modules.
 */
public final class PluginJar {
    private static final String SERVICE_FILE = "META-INF/services/" + SitePlugin.class.getName();
    private static final String PACKAGE = "example";

    private PluginJar() {}

    /** Compiles {@code source}, class {@code example.<simpleName>}, against the current API into {@code jar}. */
    public static void write(Path jar, String simpleName, String source) {
        write(jar, simpleName, source, Map.of());
    }

    /**
     * As {@link #write}, but against an older API: {@code olderApi} maps API class names (e.g.
     * {@code org.gongshi.plugin.SitePlugin}) to their source as that version declared them. They stand in for the
     * current ones while compiling and are not packed, as a jar built against that version would be.
     */
    public static void write(Path jar, String simpleName, String source, Map<String, String> olderApi) {
        Path work = null;
        try {
            work = Files.createTempDirectory("plugin-jar");
            List<String> arguments = new ArrayList<>(List.of("-classpath", apiClasspath(), "-d",
                    Files.createDirectories(work.resolve("classes")).toString()));
            arguments.add(sourceFile(work, PACKAGE + "." + simpleName, source).toString());
            for (Map.Entry<String, String> type : olderApi.entrySet()) {
                arguments.add(sourceFile(work, type.getKey(), type.getValue()).toString());
            }
            int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
            assertEquals(0, status, "the sample plugin compiles against the plugin API alone");
            pack(jar, work.resolve("classes"), PACKAGE + "." + simpleName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(work);
        }
    }

    private static Path sourceFile(Path work, String className, String source) throws IOException {
        Path file = work.resolve("src").resolve(className.replace('.', '/') + ".java");
        return Files.writeString(Files.createDirectories(file.getParent()).resolve(file.getFileName()), source);
    }

    /** The plugin's classes (its package only) and its service file. */
    private static void pack(Path jar, Path classes, String pluginClass) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes.resolve(PACKAGE))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                add(out, classes.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
            }
            add(out, SERVICE_FILE, (pluginClass + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The API's own classes and every library of the test's classpath that holds no Gongshi class. */
    private static String apiClasspath() throws IOException {
        List<String> entries = new ArrayList<>();
        try {
            entries.add(Path.of(SitePlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entries.contains(entry) && !holdsGongshiClasses(Path.of(entry))) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static boolean holdsGongshiClasses(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            return Files.isDirectory(entry.resolve("org/gongshi"));
        }
        if (!Files.isRegularFile(entry)) {
            return false;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.stream().anyMatch(file -> file.getName().startsWith("org/gongshi/"));
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
