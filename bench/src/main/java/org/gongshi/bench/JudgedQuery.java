package org.gongshi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** A query and the URLs a careful reader judged relevant to it. */
record JudgedQuery(String query, Set<String> relevant) {
    /** Reads {@code query TAB url url …} lines; blank lines and lines starting with # are skipped. */
    static List<JudgedQuery> read(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", 2))
                .map(parts -> new JudgedQuery(parts[0].strip(), Set.of(parts[1].strip().split("\\s+"))))
                .toList();
    }
}
