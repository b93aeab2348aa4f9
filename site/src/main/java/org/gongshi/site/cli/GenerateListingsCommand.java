package org.gongshi.site.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.gongshi.content.listings.demo.SyntheticListings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes fictitious listings as a CSV with the Chinese headers, for demos and benchmarks. */
@Command(name = "listings", mixinStandardHelpOptions = true, description = "生成虚构的失信被执行人名单 CSV")
final class GenerateListingsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", required = true, description = "行数")
    long count;

    @Option(names = "--seed", defaultValue = "1", description = "随机种子（默认 ${DEFAULT-VALUE}）：相同种子生成相同内容")
    long seed;

    @Option(names = "--as-of", description = "列入日期截至哪一天（默认今天）：同一种子和日期生成相同内容，"
            + "列入决定均在此前两年内")
    LocalDate asOf;

    @Parameters(index = "0", paramLabel = "FILE", description = "输出的 CSV 文件")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("行数不能为负数：" + count);
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticListings(seed, asOf == null ? LocalDate.now() : asOf).writeCsv(count, writer);
        }
        spec.commandLine().getOut().println("已生成 " + count + " 行：" + file);
        return 0;
    }
}
