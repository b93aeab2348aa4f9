package org.gongshi.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The objection form's write path (docs/objections.md: files synced and moved into place, one transaction with
 * {@code synchronous=FULL}, then the receipt): filings with a 2 MB PDF at a fixed 20 requests/s (open loop: each
 * request leaves at its time whatever the earlier ones do, and its latency counts from that time), text-only filings
 * as fast as {@link #CLIENTS} applicants can send them, and the SIGKILL crash cycles of {@link CrashCycles}.
 *
 * <p>Forms are opened (GET, which issues the submission token and the CSRF cookie) before each measurement, so the
 * figures are those of the POST that files. Every request comes from another benchmark-range address through the
 * trusted proxy: the public-forms rate limit stays in the path without refusing the harness.
 */
final class ObjectionBenchmark {
    private static final double RATE_PER_SECOND = 20;
    private static final int FILE_BYTES = 2 * 1024 * 1024;
    private static final double TARGET_P99_MILLIS = 500;
    private static final double TARGET_PER_SECOND = 200;
    static final int CLIENTS = 16;
    /** Forms opened per second of the throughput run: more than this machine files (if they run out, it says so). */
    private static final int FORMS_PER_SECOND = 1500;
    private static final int WARM_UP = 400;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long LATE_NANOS = 10_000_000;

    private final Path jar;
    private final int fileSeconds;
    private final int throughputSeconds;
    private final int crashCycles;
    private final AtomicLong forms = new AtomicLong();
    private List<String> listings;

    ObjectionBenchmark(Path jar, int fileSeconds, int throughputSeconds, int crashCycles) {
        this.jar = jar;
        this.fileSeconds = fileSeconds;
        this.throughputSeconds = throughputSeconds;
        this.crashCycles = crashCycles;
    }

    void run() throws Exception {
        Path work = Files.createTempDirectory("gongshi-objections");
        try {
            Path data = work.resolve("data");
            try (SiteProcess site = SiteProcess.start(jar, data, true)) {
                listings = Filings.publicListings(data.resolve("gongshi.db"), 500);
                throughput(site, WARM_UP, Duration.ofSeconds(30)); // the JIT's warm-up, not reported
                if (fileSeconds > 0) {
                    withFiles(site);
                }
                if (throughputSeconds > 0) {
                    textOnly(site, work);
                }
            }
            if (crashCycles > 0) {
                crash(work.resolve("crash-data"));
            }
        } finally {
            delete(work); // the 2 MB files alone are over a gigabyte
        }
    }

    private void withFiles(SiteProcess site) throws Exception {
        int requests = (int) (fileSeconds * RATE_PER_SECOND);
        Report.heading("Objections: " + (int) RATE_PER_SECOND + " filings/s for " + fileSeconds
                + " s, open loop, synchronous=FULL");
        OpenLoop bare = openLoop(site, requests, false);
        OpenLoop files = openLoop(site, requests, true);
        for (double percentile : new double[] {50, 95, 99}) {
            Report.figure("POST with a 2 MB PDF p" + (int) percentile, files.latencies().percentileMillis(percentile),
                    "ms", "text only p" + (int) percentile, bare.latencies().percentileMillis(percentile));
        }
        Report.figure("POST with a 2 MB PDF p99", files.latencies().percentileMillis(99), "ms", "target",
                TARGET_P99_MILLIS);
        Report.value("requests the harness sent over 10 ms late", files.late() + bare.late(), "");
    }

    private void textOnly(SiteProcess site, Path work) throws Exception {
        Report.heading("Objections: text-only filings, " + CLIENTS + " applicants at once for " + throughputSeconds
                + " s, synchronous=FULL");
        // The disk's sync rate moves with whatever else the machine does: measured just before and just after.
        double before = bareCommitsPerSecond(work.resolve("before.db"), Duration.ofSeconds(3));
        Throughput measured = throughput(site, FORMS_PER_SECOND * throughputSeconds,
                Duration.ofSeconds(throughputSeconds));
        double commits = (before + bareCommitsPerSecond(work.resolve("after.db"), Duration.ofSeconds(3))) / 2;
        Report.figure("text-only filings per second", measured.perSecond(), "/s", "target", TARGET_PER_SECOND);
        Report.figure("text-only filings per second", measured.perSecond(), "/s", "SQLite commits alone",
                commits);
        Report.value("POST p50 under that load", measured.latencies().percentileMillis(50), "ms");
        Report.value("POST p99 under that load", measured.latencies().percentileMillis(99), "ms");
        if (measured.ranOut()) {
            Report.line("(the opened forms ran out before the time was up: the figure is over the time they lasted)");
        }
    }

    private void crash(Path data) throws Exception {
        Report.heading("Objections: SIGKILL in the middle of a burst, " + crashCycles + " cycles, 8 applicants");
        long seed = new Random().nextLong();
        CrashCycles.Outcome outcome = new CrashCycles(jar, data, crashCycles, 8, Duration.ofMillis(1500), seed).run();
        Report.value("receipts acknowledged", outcome.acknowledged(), "");
        Report.value("requests cut off by a kill", outcome.unansweredAtKills(), "");
        Report.value("  of which stored before the answer was lost", outcome.storedUnanswered(), "");
        Report.value("forms sent again after a failure", outcome.retried(), "");
        Report.value("forms sent again after their receipt", outcome.resent(), "");
        Report.value("receipts looked up on the status page at the end", outcome.lookedUp(), "");
        Report.value("receipts lost (must be 0)", outcome.lost(), "");
        Report.value("forms stored twice or answered twice (must be 0)", outcome.duplicates(), "");
        Report.line("objections stored " + outcome.rows() + " for " + outcome.acknowledged()
                + " forms; integrity_check " + outcome.integrity() + "; " + String.format(java.util.Locale.ROOT, "%.1f", outcome.seconds())
                + " s; seed " + seed + (outcome.problems().isEmpty() ? "" : "\nPROBLEMS: " + outcome.problems()));
    }

    /**
     * {@code count} filings, one every 1/RATE s; each latency runs from when it was due to leave to its receipt. The
     * bodies (2 MB each with a file) are made ahead on another thread, so that making them never holds a request back.
     */
    private OpenLoop openLoop(SiteProcess site, int count, boolean withFile) throws Exception {
        List<Form> opened = open(site, count, 4);
        BlockingQueue<Submission> ready = new ArrayBlockingQueue<>((int) RATE_PER_SECOND * 2);
        ExecutorService senders = Executors.newCachedThreadPool();
        Future<?> making = senders.submit(() -> {
            for (Form form : opened) {
                ready.put(form.fill(withFile));
            }
            return null;
        });
        List<Future<Long>> sent = new ArrayList<>();
        long interval = (long) (1e9 / RATE_PER_SECOND);
        long start = System.nanoTime() + 500_000_000;
        int late = 0;
        try {
            for (int index = 0; index < count; index++) {
                Citizen citizen = opened.get(index).citizen();
                long due = start + index * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Submission submission = ready.take();
                if (System.nanoTime() - due > LATE_NANOS) {
                    late++;
                }
                sent.add(senders.submit(() -> {
                    file(site, citizen, submission);
                    return System.nanoTime() - due;
                }));
            }
            making.get();
            Latencies latencies = new Latencies(count);
            for (Future<Long> request : sent) {
                latencies.add(request.get());
            }
            return new OpenLoop(latencies, late);
        } finally {
            senders.shutdownNow();
        }
    }

    /** Latencies of an open-loop run, and how many requests the harness sent late (counted in their latency). */
    private record OpenLoop(Latencies latencies, int late) {}

    private record Throughput(double perSecond, Latencies latencies, boolean ranOut) {}

    /** {@link #CLIENTS} applicants filing text-only forms one after another until the forms or the time run out. */
    private Throughput throughput(SiteProcess site, int formCount, Duration time) throws Exception {
        List<Form> opened = open(site, formCount, CLIENTS);
        ExecutorService applicants = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> running = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + time.toNanos();
        AtomicLong finished = new AtomicLong();
        try {
            for (int client = 0; client < CLIENTS; client++) {
                List<Form> mine = opened.subList(client * formCount / CLIENTS, (client + 1) * formCount / CLIENTS);
                running.add(applicants.submit(() -> {
                    List<Long> took = new ArrayList<>();
                    for (Form form : mine) {
                        if (System.nanoTime() >= deadline) {
                            break;
                        }
                        long before = System.nanoTime();
                        file(site, form.citizen(), form.fill(false));
                        took.add(System.nanoTime() - before);
                    }
                    finished.accumulateAndGet(System.nanoTime(), Math::max);
                    return took;
                }));
            }
            Latencies latencies = new Latencies(formCount);
            for (Future<List<Long>> client : running) {
                client.get().forEach(latencies::add);
            }
            double seconds = (finished.get() - started) / 1e9;
            return new Throughput(latencies.count() / seconds, latencies, latencies.count() == formCount);
        } finally {
            applicants.shutdownNow();
        }
    }

    /** One form ready to fill: the browser that opened it, its submission token, the listing it is about. */
    private record Form(Citizen citizen, String token, String listing, long number) {
        Submission fill(boolean withFile) {
            List<EvidenceFile> files = withFile ? List.of(EvidenceFile.pdf("银行回单-" + number + ".pdf",
                    "gongshi benchmark form " + number, FILE_BYTES)) : List.of();
            return citizen.fill(token, Filings.fields(listing, number), files);
        }
    }

    /** Opens {@code count} forms with {@code browsers} browsers at once, each opening its share one after another. */
    private List<Form> open(SiteProcess site, int count, int browsers) throws Exception {
        ExecutorService opening = Executors.newFixedThreadPool(browsers);
        try {
            List<Future<List<Form>>> shares = new ArrayList<>();
            for (int browser = 0; browser < browsers; browser++) {
                int share = (browser + 1) * count / browsers - browser * count / browsers;
                shares.add(opening.submit(() -> {
                    Citizen citizen = new Citizen(TIMEOUT);
                    List<Form> mine = new ArrayList<>();
                    for (int index = 0; index < share; index++) {
                        long number = forms.incrementAndGet();
                        String listing = listings.get((int) (number % listings.size()));
                        mine.add(new Form(citizen, citizen.openForm(site, listing), listing, number));
                    }
                    return mine;
                }));
            }
            List<Form> all = new ArrayList<>();
            for (Future<List<Form>> share : shares) {
                all.addAll(share.get());
            }
            // interleaved, so that consecutive requests come from different browsers
            all.sort(Comparator.comparingLong(Form::number));
            return all;
        } finally {
            opening.shutdownNow();
        }
    }

    private static void file(SiteProcess site, Citizen citizen, Submission submission)
            throws IOException, InterruptedException {
        HttpResponse<String> response = citizen.send(site, submission);
        if (response.statusCode() != 200 || FiledReceipt.on(response.body()).isEmpty()) {
            throw new IllegalStateException("a filing answered " + response.statusCode() + " without a receipt: "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    /**
     * The floor under every filing: one-row transactions, one after another, on a SQLite file in the same directory
     * with the site's settings (WAL, {@code synchronous=FULL}); each commit waits for one fsync of the WAL.
     */
    private static double bareCommitsPerSecond(Path file, Duration time) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement setup = connection.createStatement()) {
            setup.execute("PRAGMA journal_mode=WAL");
            setup.execute("PRAGMA synchronous=FULL");
            setup.execute("CREATE TABLE filing (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
            long commits = 0;
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO filing (body) VALUES (?)")) {
                while (System.nanoTime() - started < time.toNanos()) {
                    insert.setString(1, "本人已于2025年6月全部履行生效法律文书确定的义务，请予核实并删除失信信息。" + commits);
                    insert.executeUpdate(); // autocommit: one transaction, one WAL sync
                    commits++;
                }
            }
            return commits / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
