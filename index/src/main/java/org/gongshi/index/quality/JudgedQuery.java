package org.gongshi.index.quality;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A query and the results (ids or URLs) a careful reader judged relevant to it. */
public record JudgedQuery(String text, Set<String> relevant) {
    public JudgedQuery {
        relevant = Set.copyOf(relevant);
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("the judged query '" + text + "' names nothing relevant");
        }
    }

    /** Reads {@code query TAB result result …} lines (results split by spaces or commas); {@code #} starts a comment. */
    public static List<JudgedQuery> parse(String lines) {
        return lines.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    String[] parts = line.split("\t", 2);
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("a judged query needs a tab before its results: " + line);
                    }
                    Set<String> relevant = Arrays.stream(parts[1].strip().split("[\\s,]+")).collect(Collectors.toSet());
                    return new JudgedQuery(parts[0].strip(), relevant);
                })
                .toList();
    }
}
