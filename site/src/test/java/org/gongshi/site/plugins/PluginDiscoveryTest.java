package org.gongshi.site.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gongshi.plugin.SitePlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginDiscoveryTest {
    private static final String SERVICE_FILE = "META-INF/services/" + SitePlugin.class.getName();

    @TempDir
    Path temp;

    @Test
    void serviceLoaderFindsEveryPluginDeclaredOnTheClasspath() throws IOException {
        Set<String> declared = new TreeSet<>();
        for (URL file : Collections.list(getClass().getClassLoader().getResources(SERVICE_FILE))) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(declared::add);
            }
        }

        Set<String> found = classNames(PluginHost.discover(temp.resolve("no-such-dir")).plugins());

        assertFalse(declared.isEmpty(), "the bundled plugins declare themselves in " + SERVICE_FILE);
        assertEquals(declared, found);
    }

    @Test
    void findsPluginsInJarsDroppedIntoThePluginDirectory() throws IOException {
        Path pluginDirectory = Files.createDirectories(temp.resolve("plugins"));
        PluginJar.write(pluginDirectory.resolve("hello.jar"), "HelloPlugin",
                "package example; public final class HelloPlugin implements org.gongshi.plugin.SitePlugin {"
                        + " public String id() { return \"hello\"; } }");

        Set<String> found = classNames(PluginHost.discover(pluginDirectory).plugins());

        assertTrue(found.contains("example.HelloPlugin"), found.toString());
    }

    private static Set<String> classNames(List<SitePlugin> plugins) {
        Set<String> names = new TreeSet<>();
        plugins.forEach(plugin -> names.add(plugin.getClass().getName()));
        return names;
    }
}
