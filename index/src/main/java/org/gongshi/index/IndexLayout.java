package org.gongshi.index;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.SearcherFactory;

/**
 * What an {@link OutboxFollower} needs to know of one index: its name for logs, where it lives
 * ({@code <root>/<prefix><version>}; bump the version when fields or analysis change), how text is analysed, how much
 * RAM the writer buffers before flushing a segment, and how searchers are made on each refresh.
 */
public record IndexLayout(
        String name,
        Path root,
        String prefix,
        int version,
        Analyzer analyzer,
        double ramBufferMegabytes,
        SearcherFactory searcherFactory) {
    public IndexLayout {
        requireNonNull(name, "name");
        requireNonNull(root, "root");
        requireNonNull(prefix, "prefix");
        requireNonNull(analyzer, "analyzer");
        requireNonNull(searcherFactory, "searcherFactory");
        if (!prefix.matches("[a-z-]*v")) {
            throw new IllegalArgumentException("index directory prefix must be lowercase letters ending in v: " + prefix);
        }
        if (version < 1 || ramBufferMegabytes <= 0) {
            throw new IllegalArgumentException("index version and RAM buffer must be positive");
        }
    }

    Path directory() {
        return root.resolve(prefix + version);
    }
}
