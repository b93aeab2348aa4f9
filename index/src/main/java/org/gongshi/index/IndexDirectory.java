package org.gongshi.index;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an index lives: {@code <root>/<prefix><schema version>}, e.g. {@code index/v2}. Opening removes the same
 * prefix's other versions and starts afresh when the index is missing, unreadable or lacks the outbox sequence it was
 * committed with.
 */
final class IndexDirectory {
    static final String SEQUENCE_KEY = "outbox_sequence";
    private static final Logger LOG = LoggerFactory.getLogger(IndexDirectory.class);

    /** An open writer and the outbox sequence of its last commit; empty when the index must be rebuilt. */
    record Opened(Directory directory, IndexWriter writer, OptionalLong sequence) {}

    private IndexDirectory() {}

    static Opened open(IndexLayout layout) throws IOException {
        Path current = layout.directory();
        Files.createDirectories(current);
        removeOtherVersions(layout, current);
        try {
            Opened opened = openExisting(current, layout);
            if (opened.sequence().isPresent()) {
                return opened;
            }
            opened.writer().close();
            opened.directory().close();
            LOG.info("search index {} has no outbox sequence; rebuilding it", current);
        } catch (LockObtainFailedException e) {
            // Another process writes this index: rebuilding it under that writer would corrupt it.
            throw new IndexException("搜索索引 " + current + " 正被另一个进程使用（网站正在运行？），请先停止该进程", e);
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index {} is unreadable ({}); rebuilding it", current, e.toString());
        }
        deleteRecursively(current);
        Files.createDirectories(current);
        Directory directory = FSDirectory.open(current);
        return new Opened(directory, new IndexWriter(directory, config(layout, IndexWriterConfig.OpenMode.CREATE)),
                OptionalLong.empty());
    }

    private static Opened openExisting(Path path, IndexLayout layout) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                IndexWriter writer = new IndexWriter(directory, config(layout, IndexWriterConfig.OpenMode.CREATE));
                return new Opened(directory, writer, OptionalLong.empty());
            }
            // Opening a reader checks every segment's headers and checksummed metadata, not only the commit point.
            DirectoryReader.open(directory).close();
            IndexWriter writer = new IndexWriter(directory, config(layout, IndexWriterConfig.OpenMode.APPEND));
            return new Opened(directory, writer, sequence(writer));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static OptionalLong sequence(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (SEQUENCE_KEY.equals(entry.getKey())) {
                    return OptionalLong.of(Long.parseLong(entry.getValue()));
                }
            }
        }
        return OptionalLong.empty();
    }

    private static IndexWriterConfig config(IndexLayout layout, IndexWriterConfig.OpenMode mode) {
        // One writer thread and no competing processes: throttling merges only stalls that thread during a rebuild.
        ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
        merges.disableAutoIOThrottle();
        IndexWriterConfig config = new IndexWriterConfig(layout.analyzer())
                .setMergeScheduler(merges)
                .setOpenMode(mode)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(layout.ramBufferMegabytes());
        return layout.indexSort() == null ? config : config.setIndexSort(layout.indexSort());
    }

    private static void removeOtherVersions(IndexLayout layout, Path current) throws IOException {
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(layout.root(), layout.prefix() + "[0-9]*")) {
            for (Path version : versions) {
                if (!version.equals(current) && Files.isDirectory(version)) {
                    LOG.info("removing outdated search index {}", version);
                    deleteRecursively(version);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
