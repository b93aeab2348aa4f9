package org.gongshi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongshi.index.quality.JudgedQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs every benchmark against the built site jar and prints figures with their baselines (docs/benchmarks.md). */
@Command(name = "gongshi-bench", mixinStandardHelpOptions = true)
public final class Bench implements Callable<Integer> {
    @Option(names = "--jar", defaultValue = "site/target/gongshi.jar", description = "the site jar to measure")
    Path jar;

    @Option(names = "--judged", defaultValue = "site/src/test/resources/search/judged-queries.tsv",
            description = "the judged query set")
    Path judged;

    @Option(names = "--restarts", defaultValue = "5", description = "restarts to time")
    int restarts;

    @Option(names = "--requests", defaultValue = "2000", description = "requests per latency measurement")
    int requests;

    @Option(names = "--scale", defaultValue = "5000", description = "documents in the scale benchmark (0 skips it)")
    int scale;

    @Option(names = "--listings", defaultValue = "1000000", description = "listings in the listing benchmark (0 skips it)")
    int listings;

    @Option(names = "--seeds", defaultValue = "content/src/main/resources/demo/policies",
            description = "plain-text policy documents whose paragraphs make the scale corpus")
    Path seeds;

    @Option(names = "--logins", defaultValue = "10",
            description = "sign-ins per client in the sign-in benchmark, 20 clients at once (0 skips it)")
    int logins;

    @Option(names = "--objection-seconds", defaultValue = "30",
            description = "seconds of objections with a 2 MB file at 20/s, and of the text-only baseline (0 skips)")
    int objectionSeconds;

    @Option(names = "--objection-throughput-seconds", defaultValue = "10",
            description = "seconds of text-only objections as fast as 16 applicants can file (0 skips it)")
    int objectionThroughputSeconds;

    @Option(names = "--crash-cycles", defaultValue = "50",
            description = "SIGKILL-and-restart cycles during a burst of objections (0 skips them)")
    int crashCycles;

    @Option(names = "--only", paramLabel = "SECTION", description = "run only this benchmark: ${COMPLETION-CANDIDATES}")
    Section only;

    @Option(names = "--load-seconds", defaultValue = "10",
            description = "seconds of wrk load on each route, and on each line of the listings under load")
    int loadSeconds;

    /** Benchmarks that can run alone. */
    enum Section { login, objections, pages, listings }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Report.line("# Gongshi benchmarks: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        List<JudgedQuery> queries = JudgedQuery.parse(Files.readString(judged));
        List<String> texts = queries.stream().map(JudgedQuery::text).toList();
        if (only == Section.login) {
            Path data = Files.createTempDirectory("gongshi-bench").resolve("data");
            try (SiteProcess demo = SiteProcess.start(jar, data, true)) {
                Report.line("demo data ready in " + demo.readyAfter().toMillis() + " ms");
            }
            new LoginBenchmark(jar, data, logins, requests, texts).run();
            return 0;
        }
        if (only == Section.pages) {
            new PageThroughputBenchmark(jar, 64, loadSeconds).run();
            return 0;
        }
        if (only == Section.listings) {
            new ListingBenchmark(jar, listings, requests, List.of(), loadSeconds).run();
            return 0;
        }
        if (only == Section.objections) {
            new ObjectionBenchmark(jar, objectionSeconds, objectionThroughputSeconds, crashCycles).run();
            return 0;
        }
        Path data = new StartupBenchmark(jar, restarts).run();
        try (SiteProcess site = SiteProcess.start(jar, data, false)) {
            new SearchLatencyBenchmark(site, texts, requests).run();
            new PrecisionBenchmark(site, data.resolve("gongshi.db"), queries).run();
        }
        if (logins > 0) {
            new LoginBenchmark(jar, data, logins, requests, texts).run();
        }
        new ObjectionBenchmark(jar, objectionSeconds, objectionThroughputSeconds, crashCycles).run();
        if (scale > 0) {
            new ScaleBenchmark(jar, seeds, scale, requests).run(queries.stream().map(JudgedQuery::text).toList());
        }
        if (listings > 0) {
            new ListingBenchmark(jar, listings, requests, List.of(), loadSeconds).run();
        }
        return 0;
    }
}
