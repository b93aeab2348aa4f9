package org.gongshi.content.importing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongshi.content.SaveResult;
import org.gongshi.content.Status;
import org.gongshi.content.bulletins.BulletinRepository;
import org.gongshi.content.cases.CaseRepository;
import org.gongshi.content.policies.PolicyRepository;

/**
 * Imports typical cases, policy texts and bulletins from files: {@code .md} with YAML front matter (see
 * docs/importing.md) and {@code .txt} government documents as extracted from PDFs. Each file is saved on its own; a
 * bad file is reported with a zh-CN reason and the others still import. Storage failures are not a file's fault and
 * propagate.
 */
public final class DocumentImporter {
    private final ContentRepositories repositories;

    public DocumentImporter(CaseRepository cases, PolicyRepository policies, BulletinRepository bulletins) {
        this.repositories = new ContentRepositories(cases, policies, bulletins);
    }

    /** The .md and .txt files under {@code source} (or {@code source} itself), in the order they will be imported. */
    public List<Path> filesIn(Path source) {
        requireNonNull(source, "source");
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException("没有这个文件或目录：" + source);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> DocumentParser.isImportable(path.getFileName().toString()))
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(path -> source.relativize(path).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + source, e);
        }
    }

    public ImportReport importPath(Path source) {
        return importPath(source, ImportListener.NONE);
    }

    /** Imports a file or every importable file under a directory, telling {@code listener} as it goes. */
    public ImportReport importPath(Path source, ImportListener listener) {
        requireNonNull(listener, "listener");
        boolean directory = Files.isDirectory(source);
        List<SourceFile> files = filesIn(source).stream()
                .map(path -> SourceFile.onDisk(
                        directory ? source.relativize(path).toString() : path.getFileName().toString(), path))
                .toList();
        return importFiles(files, listener);
    }

    /**
     * Reads one file, e.g. an upload, without saving it. Throws {@link ImportFailure} with the zh-CN reason when it is
     * not an importable .md or .txt document (binary, undecodable, malformed).
     */
    public ImportedDocument read(String fileName, byte[] content) {
        requireNonNull(fileName, "fileName");
        requireNonNull(content, "content");
        if (!DocumentParser.isImportable(fileName)) {
            throw new ImportFailure("只能导入 .md（带 YAML 头的 Markdown）或 .txt（纯文本公文）文件");
        }
        return DocumentParser.parse(fileName, content).described();
    }

    /** Saves a document {@link #read} returned, with {@code status} whatever its file said. */
    public SaveResult save(ImportedDocument document, Status status) {
        requireNonNull(document, "document");
        requireNonNull(status, "status");
        return document.parsed().withStatus(status).saveTo(repositories);
    }

    /** The status of the item that saving {@code document} would replace, if one is stored under its slug. */
    public Optional<Status> storedStatus(ImportedDocument document) {
        return requireNonNull(document, "document").parsed().storedStatus(repositories);
    }

    ImportReport importFiles(List<SourceFile> files, ImportListener listener) {
        listener.starting(files.size());
        Map<String, String> firstFileByKey = new HashMap<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (SourceFile file : files) {
            FileOutcome outcome = importFile(file, firstFileByKey);
            outcomes.add(outcome);
            listener.imported(outcome);
        }
        return new ImportReport(outcomes);
    }

    private FileOutcome importFile(SourceFile file, Map<String, String> firstFileByKey) {
        ParsedDocument document;
        try {
            document = DocumentParser.parse(file.name(), file.read());
        } catch (IOException unreadable) {
            return FileOutcome.failed(file.name(), "文件无法读取：" + unreadable.getMessage());
        } catch (ImportFailure failure) {
            return FileOutcome.failed(file.name(), failure.getMessage());
        }
        String earlier = firstFileByKey.putIfAbsent(document.key(), file.name());
        if (earlier != null) {
            return FileOutcome.failed(file.name(), "与 " + earlier + " 是同一份内容（文号、案号或标题相同），已跳过");
        }
        SaveResult result = document.saveTo(repositories);
        return new FileOutcome(file.name(), outcome(result), document.slug(), null);
    }

    private static ImportOutcome outcome(SaveResult result) {
        return switch (result) {
            case CREATED -> ImportOutcome.CREATED;
            case UPDATED -> ImportOutcome.UPDATED;
            case UNCHANGED -> ImportOutcome.UNCHANGED;
        };
    }
}
