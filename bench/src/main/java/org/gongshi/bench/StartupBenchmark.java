package org.gongshi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Time from launching the jar to a 200 from {@code /healthz}: first with an empty data directory, then restarts. */
final class StartupBenchmark {
    private static final double TARGET_SECONDS = 3.0;

    private final Path jar;
    private final int restarts;

    StartupBenchmark(Path jar, int restarts) {
        this.jar = jar;
        this.restarts = restarts;
    }

    /** Runs the benchmark and leaves a data directory filled with demo content behind, for the next benchmarks. */
    Path run() throws IOException, InterruptedException {
        Report.heading("Start-up to a ready /healthz (" + restarts + " restarts)");
        Path data = Files.createTempDirectory("gongshi-bench").resolve("data");
        double first;
        try (SiteProcess site = SiteProcess.start(jar, data, true)) {
            first = site.readyAfter().toNanos() / 1e9;
        }
        double[] restart = new double[restarts];
        for (int i = 0; i < restarts; i++) {
            try (SiteProcess site = SiteProcess.start(jar, data, true)) {
                restart[i] = site.readyAfter().toNanos() / 1e9;
            }
        }
        Arrays.sort(restart);
        Report.figure("first start, empty data, --demo import+index", first, "s", "target", TARGET_SECONDS);
        Report.figure("restart with demo data (median)", restart[restarts / 2], "s", "target", TARGET_SECONDS);
        Report.figure("restart with demo data (slowest)", restart[restarts - 1], "s", "target", TARGET_SECONDS);
        return data;
    }
}
