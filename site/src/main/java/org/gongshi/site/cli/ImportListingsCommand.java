package org.gongshi.site.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.gongshi.content.listings.IdentifierKeys;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.listings.importing.ListingImportListener;
import org.gongshi.content.listings.importing.ListingImportReport;
import org.gongshi.content.listings.importing.ListingImporter;
import org.gongshi.site.DataDirectory;
import org.gongshi.site.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Imports a list of dishonest judgment debtors. Rejected rows are reported with their line numbers and the command
 * still succeeds, because the other rows were saved and a rerun after fixing the file changes only what changed.
 */
@Command(name = "listings", mixinStandardHelpOptions = true,
        description = "导入失信被执行人名单（CSV：UTF-8 或 GB18030；或 JSON Lines）")
final class ImportListingsCommand implements Callable<Integer> {
    private static final int KIBIBYTE = 1024;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "要导入的名单文件")
    Path file;

    @Option(names = "--data", required = true, description = "数据目录")
    Path data;

    @Option(names = "--report", paramLabel = "REPORT.json", description = "把导入报告（JSON）写到这个文件")
    Path reportFile;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "找不到要导入的文件：" + file);
        }
        DataDirectory directory = DataDirectory.prepare(data);
        Storage storage = Storage.open(directory);
        Clock clock = Clock.systemDefaultZone();
        ListingImporter importer = new ListingImporter(
                new ListingRepository(storage.database(), storage.outbox(), clock),
                IdentifierKeys.load(directory.identifierKey()), clock);
        ListingImportReport report;
        try (Progress progress = new Progress("导入失信名单(KiB)", spec.commandLine().getErr())) {
            report = importer.importFile(file, new ListingImportListener() {
                @Override
                public void starting(long totalBytes) {
                    progress.start(totalBytes / KIBIBYTE);
                }

                @Override
                public void progressed(long rowsRead, long bytesRead) {
                    progress.reach(bytesRead / KIBIBYTE);
                }
            });
        }
        if (reportFile != null) {
            try (Writer writer = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8)) {
                report.writeJson(writer);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(report.summary());
        if (!report.rejected().isEmpty() && reportFile == null) {
            out.println("被拒绝的行（用 --report 保存完整报告）：");
            report.rejected().stream().limit(20)
                    .forEach(problem -> out.println("  第 " + problem.line() + " 行：" + problem.reason()));
        }
        return 0;
    }
}
