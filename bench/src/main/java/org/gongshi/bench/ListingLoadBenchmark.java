package org.gongshi.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The listing site under a crowd (issue 13): wrk at 64 connections on the listing API's mixed query set and on the
 * general search for 人民政府, against the same server's {@code /healthz}; FTS5 with two threads in-process on the same
 * queries; and a takedown while wrk runs.
 */
final class ListingLoadBenchmark {
    private static final String PUBLIC_BODIES = "人民政府";
    /**
     * Words that every listing a search for 人民政府 finds holds, since obligations and performance are written from one
     * template: 人民政府 with any three of them matches what 人民政府 alone does, each time as a new question.
     */
    private static final List<String> TEMPLATE_WORDS = List.of("被执行人", "执行", "判决", "生效", "判决生效", "之日起",
            "十日内", "申请", "申请执行人", "支付", "款项", "支付款项", "相应", "利息", "相应利息", "履行", "未履行", "示例");
    /** More than twice the 256 answers the server remembers, as each of wrk's two threads asks half of them. */
    private static final int DISTINCT_SEARCHES = 600;
    private static final LoadTable.Target LISTINGS_TARGET = new LoadTable.Target(0.20, 100);
    private static final LoadTable.Target SEARCH_TARGET = new LoadTable.Target(0.10, 200);

    private final SiteProcess site;
    private final SiteClient client;
    private final Fts5Baseline fts;
    private final List<ListingQuery> queries;
    private final int seconds;
    private final Wrk wrk;
    /** Long enough for the CLI's own JVM to start and remove the listing while the load still runs. */
    private final Wrk longWrk;

    ListingLoadBenchmark(SiteProcess site, Fts5Baseline fts, List<ListingQuery> queries, int seconds) {
        this.site = site;
        this.client = new SiteClient(site);
        this.fts = fts;
        this.queries = List.copyOf(queries);
        this.seconds = seconds;
        this.wrk = new Wrk(64, seconds);
        this.longWrk = new Wrk(64, Math.max(30, seconds));
    }

    /** {@code listed}: a listing to take down under load, by its case number. */
    void run(Takedown takedown, ListingSample listed) throws IOException, InterruptedException, ExecutionException {
        Report.line("\n### Under load: wrk, 64 connections, " + seconds + " s a line, a client address per request");
        List<String> listings = queries.stream().map(ListingQuery::apiPath).toList();
        List<String> search = List.of(searchPath(PUBLIC_BODIES));
        List<String> searches = distinctSearches();
        List<String> measured = searches.subList(0, DISTINCT_SEARCHES);
        Report.value("/api/v1/search?q=" + PUBLIC_BODIES + ", documents matched", total(search.get(0)), "");
        Report.value("distinct searches, fewest documents matched (sample)", fewestMatched(measured), "");

        // The distinct searches warm up on the others, so that none of those measured is remembered already.
        LoadTable table = LoadTable.start(site, wrk,
                List.of(listings, search, searches.subList(DISTINCT_SEARCHES, searches.size())));
        Wrk.Result mixed = table.measure("/api/v1/listings, " + listings.size() + " mixed queries", listings,
                LISTINGS_TARGET);
        table.measure("/api/v1/search?q=" + PUBLIC_BODIES, search, SEARCH_TARGET);
        table.measure("/api/v1/search, " + measured.size() + " distinct " + PUBLIC_BODIES + " queries", measured,
                SEARCH_TARGET);
        takedownUnderLoad(table, listings, takedown, listed);

        double ftsPerSecond = fts5TwoThreads();
        Report.value("FTS5 trigram, two threads in-process (queries/s)", ftsPerSecond, "/s");
        Report.figure("listing API under load / FTS5 two threads", mixed.perSecond() / ftsPerSecond, "x", "target", 3);
    }

    /** wrk on the mixed set in the background while {@code listed} is taken down; prints both. */
    private void takedownUnderLoad(LoadTable table, List<String> listings, Takedown takedown, ListingSample listed)
            throws IOException, InterruptedException, ExecutionException {
        FutureTask<Wrk.Result> load = new FutureTask<>(() -> longWrk.run(site, listings));
        // The CLI's own start-up, a JVM's, puts the removal well into the run.
        new Thread(load, "wrk").start();
        double millis = takedown.millisUntilGone(listed);
        boolean loadedThroughout = !load.isDone();
        table.print("/api/v1/listings, mixed, during a takedown", load.get(), LISTINGS_TARGET);
        Report.figure("takedown under load → gone from every surface", millis, "ms", "target", 1000);
        if (!loadedThroughout) {
            Report.line("(wrk ended before the listing was gone everywhere: the CLI took longer than the load ran)");
        }
    }

    /** 人民政府 with every three of the template's words, in a fixed order. */
    private static List<String> distinctSearches() {
        List<String> paths = new ArrayList<>();
        int words = TEMPLATE_WORDS.size();
        for (int a = 0; a < words; a++) {
            for (int b = a + 1; b < words; b++) {
                for (int c = b + 1; c < words; c++) {
                    paths.add(searchPath(String.join(" ", PUBLIC_BODIES, TEMPLATE_WORDS.get(a), TEMPLATE_WORDS.get(b),
                            TEMPLATE_WORDS.get(c))));
                }
            }
        }
        return paths;
    }

    private static String searchPath(String text) {
        return "/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private long total(String path) throws IOException, InterruptedException {
        return client.json(path).path("total").asLong();
    }

    /** Checks every 50th: each answer is a fresh search, which costs a fraction of a second at a million listings. */
    private long fewestMatched(List<String> paths) throws IOException, InterruptedException {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < paths.size(); i += 50) {
            fewest = Math.min(fewest, total(paths.get(i)));
        }
        return fewest;
    }

    /** Queries per second of FTS5 in-process, two threads on connections of their own, each from its own place. */
    private double fts5TwoThreads() throws InterruptedException, ExecutionException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            long started = System.nanoTime();
            long deadline = started + seconds * 1_000_000_000L;
            List<Callable<Long>> runs = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                int first = thread * queries.size() / 2;
                runs.add(() -> ftsUntil(deadline, first));
            }
            long answered = 0;
            for (Future<Long> run : threads.invokeAll(runs)) {
                answered += run.get();
            }
            return answered / ((System.nanoTime() - started) / 1e9);
        } finally {
            threads.shutdown();
        }
    }

    private long ftsUntil(long deadline, int first) throws SQLException {
        try (Fts5Baseline connection = fts.anotherConnection()) {
            long answered = 0;
            for (int i = first; System.nanoTime() < deadline; i++) {
                connection.search(queries.get(i % queries.size()));
                answered++;
            }
            return answered;
        }
    }
}
