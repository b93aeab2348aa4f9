package org.gongshi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The same site with thousands of documents: import through the CLI, index rebuild, start-up catch-up and search
 * latency, so the figures say how the design scales, not how fast 19 documents are.
 */
final class ScaleBenchmark {
    private final Path jar;
    private final Path seeds;
    private final int documents;
    private final int requests;

    ScaleBenchmark(Path jar, Path seeds, int documents, int requests) {
        this.jar = jar;
        this.seeds = seeds;
        this.documents = documents;
        this.requests = requests;
    }

    void run(List<String> queries) throws IOException, InterruptedException {
        Report.heading("Scale: " + documents + " synthetic policy texts from the seeds' paragraphs");
        Path work = Files.createTempDirectory("gongshi-scale");
        Path corpus = SyntheticCorpus.write(seeds, work.resolve("corpus"), documents);
        Path data = work.resolve("data");

        double importSeconds = Cli.time(jar, work.resolve("import.log"), "import", "documents", corpus.toString(),
                "--data", data.toString());
        Report.value("import (CLI, synchronous=FULL), documents/s", documents / importSeconds, "/s");
        double reindexSeconds = Cli.time(jar, work.resolve("reindex.log"), "reindex", "--data", data.toString());
        Report.figure("reindex (CLI), documents/s", documents / reindexSeconds, "/s",
                "import (CLI)", documents / importSeconds);

        List<String> mixed = new ArrayList<>(queries);
        mixed.add("某法发〔2020〕" + (documents / 2) + "号");
        mixed.add("某法发[2020]" + (documents / 3) + "号");
        try (SiteProcess site = SiteProcess.start(jar, data, false)) {
            Report.figure("start-up to ready /healthz", site.readyAfter().toNanos() / 1e9, "s", "target", 3.0);
            new SearchLatencyBenchmark(site, mixed, requests).run();
        }
    }
}
