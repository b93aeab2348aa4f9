package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    @TempDir
    Path root;

    @Test
    void aFreshDirectoryGetsItsLayoutAndNoSettings() {
        DataDirectory directory = DataDirectory.prepare(root.resolve("data"));

        assertTrue(Files.isDirectory(directory.index()) && Files.isDirectory(directory.uploads())
                && Files.isDirectory(directory.plugins()));
        assertEquals(Map.of(), directory.readSettings());
    }

    @Test
    void settingsAreReadAsUtf8WithSurroundingSpaceRemoved() throws IOException {
        DataDirectory directory = DataDirectory.prepare(root);
        Files.writeString(directory.settings(), "# 本站配置\npages.contact =  电话 010-12345678 \n", StandardCharsets.UTF_8);

        assertEquals(Map.of("pages.contact", "电话 010-12345678"), directory.readSettings());
    }
}
