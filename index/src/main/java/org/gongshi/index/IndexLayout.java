package org.gongshi.index;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Sort;

/**
 * What an {@link OutboxFollower} needs to know of one index: its name for logs, where it lives
 * ({@code <root>/<prefix><version>}; bump the version when fields or analysis change), how text is analysed, how much
 * RAM the writer buffers before flushing a segment, how searchers are made on each refresh, and the order documents
 * are kept in ({@code null} for the order they were added; a search in that order can stop early).
 */
public record IndexLayout(
        String name,
        Path root,
        String prefix,
        int version,
        Analyzer analyzer,
        double ramBufferMegabytes,
        SearcherFactory searcherFactory,
        Sort indexSort) {
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
