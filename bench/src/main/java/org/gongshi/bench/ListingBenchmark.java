package org.gongshi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The list of dishonest judgment debtors at scale: generate, import and reindex through the CLI, then the mixed query
 * set over HTTP on a server limited to -Xmx512m, against SQLite FTS5 (trigram) over the same rows; takedown latency;
 * then the same server under load ({@link ListingLoadBenchmark}).
 */
final class ListingBenchmark {
    private static final int SAMPLES = 600;

    private final Path jar;
    private final int rows;
    private final int requests;
    private final List<String> serveOptions;
    private final int loadSeconds;

    /** {@code loadSeconds}: how long each line under load runs. */
    ListingBenchmark(Path jar, int rows, int requests, List<String> serveOptions, int loadSeconds) {
        this.jar = jar;
        this.rows = rows;
        this.requests = requests;
        this.serveOptions = List.copyOf(serveOptions);
        this.loadSeconds = loadSeconds;
    }

    void run() throws IOException, InterruptedException, SQLException, ExecutionException {
        Report.heading("Listings: " + rows + " synthetic listings");
        Path work = Files.createTempDirectory("gongshi-listings");
        Path csv = work.resolve("listings.csv");
        Path data = work.resolve("data");
        Cli.time(jar, work.resolve("generate.log"), "generate", "listings", "--count", Integer.toString(rows),
                "--seed", "20261121", csv.toString());
        double importSeconds = Cli.time(jar, work.resolve("import.log"), "import", "listings", csv.toString(),
                "--data", data.toString(), "--report", work.resolve("report.json").toString());
        Report.figure("import listings (CLI), rows/s", rows / importSeconds, "/s", "target", 50_000);
        double reindexSeconds = Cli.time(jar, work.resolve("reindex.log"), "reindex", "--data", data.toString());
        Report.figure("reindex (CLI, both indexes), listings/s", rows / reindexSeconds, "/s", "target", 20_000);

        List<ListingQuery> queries = ListingQuery.mixed(ListingSample.every(csv, Math.max(1, rows / SAMPLES)));
        long ftsStarted = System.nanoTime();
        try (Fts5Baseline fts = Fts5Baseline.load(csv, work.resolve("fts5.db"));
                SiteProcess site = SiteProcess.start(jar, data, List.of("-Xmx512m"), serveOptions)) {
            Report.value("FTS5 trigram table built in (s)", (System.nanoTime() - ftsStarted) / 1e9, "s");
            Report.figure("start-up to ready /healthz (-Xmx512m)", site.readyAfter().toNanos() / 1e9, "s", "target", 3.0);
            SiteClient client = new SiteClient(site);
            measure(client, fts, queries);
            // Two listings of different cases: one taken down on an idle site, one under load.
            List<ListingSample> listed = queries.stream().map(ListingQuery::expected)
                    .filter(sample -> !sample.caseNumber().isBlank()).toList();
            ListingSample idle = listed.get(0);
            ListingSample underLoad = listed.stream().filter(sample -> !sample.caseNumber().equals(idle.caseNumber()))
                    .findFirst().orElseThrow();
            Takedown takedown = new Takedown(jar, data, work, client);
            Report.figure("takedown by another process → gone from every surface", takedown.millisUntilGone(idle),
                    "ms", "target", 1000);
            new ListingLoadBenchmark(site, fts, queries, loadSeconds).run(takedown, underLoad);
            Report.value("peak resident memory of the site (VmHWM, MB)", peakResidentMegabytes(site.pid()), "MB");
        }
    }

    private void measure(SiteClient site, Fts5Baseline fts, List<ListingQuery> queries)
            throws IOException, InterruptedException, SQLException {
        for (ListingQuery query : queries) {
            site.json(query.apiPath());
        }
        Latencies gongshi = new Latencies(requests);
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long before = System.nanoTime();
            site.json(queries.get(i % queries.size()).apiPath());
            gongshi.add(System.nanoTime() - before);
        }
        double gongshiPerSecond = requests / ((System.nanoTime() - started) / 1e9);
        Latencies baseline = new Latencies(requests);
        started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long before = System.nanoTime();
            fts.search(queries.get(i % queries.size()));
            baseline.add(System.nanoTime() - before);
        }
        double baselinePerSecond = requests / ((System.nanoTime() - started) / 1e9);
        Report.line("\n### Mixed listing queries (" + queries.size() + " queries, " + requests + " sequential requests)");
        Report.figure("GET /api/v1/listings p50 (HTTP)", gongshi.percentileMillis(50), "ms", "target", 5);
        Report.figure("GET /api/v1/listings p99 (HTTP)", gongshi.percentileMillis(99), "ms", "target", 50);
        Report.figure("FTS5 trigram p50 (in-process, no HTTP)", baseline.percentileMillis(50), "ms", "Gongshi p50 over HTTP", gongshi.percentileMillis(50));
        Report.figure("FTS5 trigram p99 (in-process, no HTTP)", baseline.percentileMillis(99), "ms", "Gongshi p99 over HTTP", gongshi.percentileMillis(99));
        Report.figure("throughput, Gongshi over HTTP (queries/s)", gongshiPerSecond, "/s", "FTS5 in-process", baselinePerSecond);
        correctness(site, fts, queries);
    }

    private void correctness(SiteClient site, Fts5Baseline fts, List<ListingQuery> queries)
            throws IOException, InterruptedException, SQLException {
        Map<ListingQuery.Kind, int[]> byKind = new EnumMap<>(ListingQuery.Kind.class);
        for (ListingQuery query : queries) {
            int[] counts = byKind.computeIfAbsent(query.kind(), kind -> new int[3]);
            counts[0]++;
            JsonNode page = site.json(query.apiPath());
            counts[1] += ListingAnswers.correct(query, rows(page), pageSize(page)) ? 1 : 0;
            counts[2] += ListingAnswers.correct(query, fts.search(query), Fts5Baseline.TOP) ? 1 : 0;
        }
        int total = 0;
        int gongshi = 0;
        int baseline = 0;
        for (Map.Entry<ListingQuery.Kind, int[]> kind : byKind.entrySet()) {
            int[] counts = kind.getValue();
            Report.line(String.format("answered correctly, %-28s Gongshi %4d / %-4d  FTS5 %4d / %d",
                    kind.getKey().name().toLowerCase(), counts[1], counts[0], counts[2], counts[0]));
            total += counts[0];
            gongshi += counts[1];
            baseline += counts[2];
        }
        Report.figure("answered correctly, all kinds (share)", gongshi / (double) total, "", "FTS5 trigram", baseline / (double) total);
    }

    private static List<String[]> rows(JsonNode page) {
        List<String[]> rows = new ArrayList<>();
        page.path("items").forEach(item -> rows.add(new String[] {item.path("name").asText(), item.path("caseNumber").asText()}));
        return rows;
    }

    private static int pageSize(JsonNode page) {
        return page.path("pageSize").asInt(20);
    }

    private static double peakResidentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
