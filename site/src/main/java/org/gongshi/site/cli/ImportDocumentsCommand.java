package org.gongshi.site.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongshi.content.importing.DocumentImporter;
import org.gongshi.content.importing.FileOutcome;
import org.gongshi.content.importing.ImportReport;
import org.gongshi.site.DataDirectory;
import org.gongshi.site.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Imports every document file under a folder. Files that fail are reported and skipped; the command still succeeds,
 * because the others were imported and a rerun after fixing the files is safe (unchanged files change nothing).
 */
@Command(name = "documents", mixinStandardHelpOptions = true, description = "导入文件夹中的案例、政策文件和通报")
final class ImportDocumentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "要导入的文件夹")
    Path source;

    @Option(names = "--data", required = true, description = "数据目录")
    Path data;

    @Override
    public Integer call() {
        if (!Files.exists(source)) {
            throw new ParameterException(spec.commandLine(), "找不到要导入的文件夹：" + source);
        }
        Storage storage = Storage.open(DataDirectory.prepare(data));
        DocumentImporter importer = new DocumentImporter(storage.cases(), storage.policies(), storage.bulletins());
        ImportReport report;
        try (Progress progress = new Progress("导入文件", spec.commandLine().getErr())) {
            progress.start(importer.filesIn(source).size());
            report = importer.importPath(source, outcome -> progress.step());
        }
        PrintWriter out = spec.commandLine().getOut();
        report.files().forEach(file -> out.println(file.describe()));
        out.println(report.summary());
        if (report.failed() > 0) {
            out.println("以下文件未导入：");
            report.failures().stream().map(FileOutcome::describe).forEach(line -> out.println("  " + line));
        }
        return 0;
    }
}
