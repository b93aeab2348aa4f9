package org.gongshi.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The objection form's durability promise under a crash: {@code clients} applicants file objections at once (a third
 * with a small PDF, a third with a PNG and a PDF), the site is killed with SIGKILL at a random moment of the burst,
 * restarted on the same data, and the applicants whose request got no answer send the same form again. After every
 * restart: {@code PRAGMA integrity_check} is ok, and every receipt ever shown is in the database with the fields
 * and file hashes sent (files on disk included). A form sent again, after a failure or after its receipt, must get
 * the first receipt back; at the end the site holds exactly one objection per form sent, and the status page shows
 * a sample of them to the holders of their receipts.
 */
final class CrashCycles {
    /** How often a client sends a form it already has a receipt for, which must bring the same receipt. */
    private static final double RESEND_SHARE = 0.1;
    private static final int LISTINGS = 200;
    private static final int MAX_PROBLEMS = 30;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration FIRST_RECEIPT_TIMEOUT = Duration.ofSeconds(60);

    private final Path jar;
    private final Path data;
    private final int cycles;
    private final int clients;
    private final Duration killWindow;
    private final Random random;

    private final Map<String, Filed> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Submission> sent = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong forms = new AtomicLong();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger resent = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger lookedUp = new AtomicInteger();
    private int unansweredAtKills;
    private int storedUnanswered;
    private int lost;
    private volatile SiteProcess site;

    /** What the cycles found: receipts lost, forms stored twice, damage and anything else that went wrong. */
    record Outcome(int cycles, int acknowledged, int unansweredAtKills, int storedUnanswered, int retried, int resent,
            int lookedUp, int lost, int duplicates, long rows, String integrity, List<String> problems,
            double seconds) {
        String summary() {
            return cycles + " SIGKILL cycles in " + String.format(java.util.Locale.ROOT, "%.1f", seconds) + " s: "
                    + acknowledged + " receipts, " + unansweredAtKills + " requests cut off by the kills ("
                    + storedUnanswered + " of them stored before the answer was lost), " + retried
                    + " sent again after a failure, " + resent + " sent again after their receipt, " + lookedUp
                    + " looked up on the status page, " + lost + " lost, "
                    + duplicates + " duplicates, " + rows + " objections stored, integrity " + integrity
                    + (problems.isEmpty() ? "" : "; problems: " + String.join(" | ", problems));
        }
    }

    /** {@code data}: a directory that does not exist yet; the first start fills it with the demo content. */
    CrashCycles(Path jar, Path data, int cycles, int clients, Duration killWindow, long seed) {
        this.jar = jar;
        this.data = data;
        this.cycles = cycles;
        this.clients = clients;
        this.killWindow = killWindow;
        this.random = new Random(seed);
    }

    Outcome run() throws Exception {
        long started = System.nanoTime();
        StoredObjections stored = new StoredObjections(data);
        List<Client> applicants = new ArrayList<>();
        site = SiteProcess.start(jar, data, true);
        List<String> listings = Filings.publicListings(data.resolve("gongshi.db"), LISTINGS);
        for (int index = 0; index < clients; index++) {
            applicants.add(new Client(new Citizen(REQUEST_TIMEOUT), listings, new Random(random.nextLong())));
        }
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                burstAndKill(threads, applicants);
                storedUnanswered += stored.storedOf(applicants.stream()
                        .flatMap(client -> client.unanswered.stream()).map(Submission::token).toList());
                site = SiteProcess.start(jar, data, false);
                check(stored, "after restart " + cycle);
            }
            settle(applicants);
            check(stored, "after the last retries");
        } finally {
            threads.shutdownNow();
            site.close();
        }
        String integrity = stored.integrity();
        long rows = stored.count();
        return new Outcome(cycles, acknowledged.size(), unansweredAtKills, storedUnanswered, retried.get(),
                resent.get(), lookedUp.get(), lost, duplicates.get() + (int) Math.max(0, rows - sent.size()), rows,
                integrity, List.copyOf(problems), (System.nanoTime() - started) / 1e9);
    }

    /** All clients file forms until the site is killed, at a random moment after its first receipt this cycle. */
    private void burstAndKill(ExecutorService threads, List<Client> applicants) throws Exception {
        AtomicInteger receipts = new AtomicInteger();
        Burst burst = new Burst(receipts);
        List<Future<?>> running = new ArrayList<>();
        for (Client client : applicants) {
            running.add(threads.submit(() -> client.fileUntil(burst)));
        }
        long deadline = System.nanoTime() + FIRST_RECEIPT_TIMEOUT.toNanos();
        while (receipts.get() == 0 && System.nanoTime() < deadline && running.stream().noneMatch(Future::isDone)) {
            Thread.sleep(5);
        }
        if (receipts.get() == 0) {
            problem("no receipt within " + FIRST_RECEIPT_TIMEOUT.toSeconds() + " s of a burst; see "
                    + SiteProcess.log(data));
        }
        Thread.sleep(random.nextInt((int) killWindow.toMillis() + 1));
        site.kill();
        burst.stopped = true;
        for (Future<?> client : running) {
            client.get(REQUEST_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS);
        }
        unansweredAtKills += applicants.stream().mapToInt(client -> client.unanswered.size()).sum();
    }

    /** With the site up and nobody killing it: every unanswered form again, and some answered ones. */
    private void settle(List<Client> applicants) throws InterruptedException {
        for (Client client : applicants) {
            while (!client.unanswered.isEmpty()) {
                Submission submission = client.unanswered.remove(0);
                retried.incrementAndGet();
                if (!client.send(submission, null)) {
                    problem("form " + submission.token() + " got no answer from a site that was up");
                }
            }
            for (int count = 0; count < 5 && !client.answered.isEmpty(); count++) {
                Filed filed = client.answered.get(client.random.nextInt(client.answered.size()));
                resent.incrementAndGet();
                client.send(filed.submission(), null);
                client.lookUp(filed);
            }
        }
    }

    private void check(StoredObjections stored, String when) throws SQLException, IOException {
        String integrity = stored.integrity();
        if (!"ok".equals(integrity)) {
            problem(when + ": integrity_check says " + integrity);
        }
        List<String> differences = stored.differences(List.copyOf(acknowledged.values()));
        differences.forEach(difference -> problem(when + ": " + difference));
        lost = Math.max(lost, (int) differences.stream().filter(StoredObjections::isMissing).count());
    }

    private void problem(String text) {
        synchronized (problems) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(text);
            }
        }
    }

    /** One cycle's burst: the receipts it brought, and whether the site was killed. */
    private static final class Burst {
        final AtomicInteger receipts;
        volatile boolean stopped;

        Burst(AtomicInteger receipts) {
            this.receipts = receipts;
        }
    }

    /** One applicant: its browser, the forms it sent without an answer, and those it has a receipt for. */
    private final class Client {
        final Citizen citizen;
        final List<String> listings;
        final Random random;
        final List<Submission> unanswered = new ArrayList<>();
        final List<Filed> answered = new ArrayList<>();

        Client(Citizen citizen, List<String> listings, Random random) {
            this.citizen = citizen;
            this.listings = listings;
            this.random = random;
        }

        /**
         * Forms until the burst stops or one gets no answer: the unanswered ones first, now and then one already
         * answered, else a new one.
         */
        void fileUntil(Burst burst) {
            try {
                while (!burst.stopped) {
                    Submission next;
                    if (!unanswered.isEmpty()) {
                        next = unanswered.remove(0);
                        retried.incrementAndGet();
                    } else if (!answered.isEmpty() && random.nextDouble() < RESEND_SHARE) {
                        next = answered.get(random.nextInt(answered.size())).submission();
                        resent.incrementAndGet();
                    } else {
                        Optional<Submission> fresh = fresh();
                        if (fresh.isEmpty()) {
                            continue; // the site went away while the form was being opened: nothing was sent
                        }
                        next = fresh.get();
                    }
                    if (!send(next, burst)) {
                        return; // no answer: as a person would, wait for the site before sending again
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private Optional<Submission> fresh() throws InterruptedException {
            long number = forms.incrementAndGet();
            String listing = listings.get(random.nextInt(listings.size()));
            String token;
            try {
                token = citizen.openForm(site, listing);
            } catch (IOException siteGone) {
                return Optional.empty();
            }
            Submission submission = citizen.fill(token, Filings.fields(listing, number), files(number));
            sent.put(token, submission);
            return Optional.of(submission);
        }

        /** The status page shows the request to the holder of its receipt, with the files sent. */
        void lookUp(Filed filed) throws InterruptedException {
            try {
                String page = citizen.lookUp(site, filed.receipt()).body();
                boolean shown = page.contains("当前状态") && page.contains(filed.receipt().trackingNumber())
                        && filed.submission().files().stream().allMatch(file -> page.contains(file.name()));
                if (!shown) {
                    problem(filed.receipt() + ": the status page does not show it with its files");
                }
                lookedUp.incrementAndGet();
            } catch (IOException e) {
                problem(filed.receipt() + ": the status page did not answer: " + e);
            }
        }

        /** Sends once; a form without an answer is kept to send again. Answers whether it got an answer. */
        boolean send(Submission submission, Burst burst) throws InterruptedException {
            HttpResponse<String> response;
            try {
                response = citizen.send(site, submission);
            } catch (IOException noAnswer) {
                if (!unanswered.contains(submission)) {
                    unanswered.add(submission);
                }
                return false;
            }
            Optional<FiledReceipt> receipt = response.statusCode() == 200 ? FiledReceipt.on(response.body())
                    : Optional.empty();
            if (receipt.isEmpty()) {
                problem("form " + submission.token() + " answered " + response.statusCode() + " without a receipt: "
                        + response.body().substring(0, Math.min(200, response.body().length())));
                return true;
            }
            Filed filed = new Filed(submission, receipt.get());
            Filed first = acknowledged.putIfAbsent(submission.token(), filed);
            if (first == null) {
                answered.add(filed);
                if (burst != null) {
                    burst.receipts.incrementAndGet();
                }
            } else if (!first.receipt().equals(filed.receipt())) {
                duplicates.incrementAndGet();
                problem("form " + submission.token() + " got " + filed.receipt() + " after " + first.receipt());
            }
            return true;
        }
    }

    /** A third of the forms come without files, a third with a small PDF, a third with a PNG and a PDF. */
    private static List<EvidenceFile> files(long number) {
        String mark = "gongshi crash test form " + number;
        return switch ((int) (number % 3)) {
            case 0 -> List.of();
            case 1 -> List.of(EvidenceFile.pdf("银行回单-" + number + ".pdf", mark, 4096 + (int) (number % 8) * 1024));
            default -> List.of(EvidenceFile.png("转账截图-" + number + ".png", mark),
                    EvidenceFile.pdf("结案通知书-" + number + ".pdf", mark, 2048));
        };
    }
}
