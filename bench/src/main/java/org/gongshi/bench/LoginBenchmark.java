package org.gongshi.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in under a flood: {@link #CLIENTS} staff clients sign in at once, over and over, with the right password (so
 * no throttle refuses them: Argon2id and its bounded concurrency are what is measured), while one reader requests
 * public search results one after another. Baselines: one sign-in with nothing else running, and the same reader
 * without the flood. The account is made with the CLI, as an operator makes it.
 */
final class LoginBenchmark {
    static final int CLIENTS = 20;
    private static final String ACCOUNT = "bench.editor";
    private static final String PASSWORD = "基准测试用的一个足够长的密码";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final Path jar;
    private final Path data;
    private final int rounds;
    private final int requests;
    private final List<String> queries;

    LoginBenchmark(Path jar, Path data, int rounds, int requests, List<String> queries) {
        this.jar = jar;
        this.data = data;
        this.rounds = rounds;
        this.requests = requests;
        this.queries = List.copyOf(queries);
    }

    void run() throws IOException, InterruptedException, java.util.concurrent.ExecutionException {
        Report.heading("Sign-in: " + CLIENTS + " clients at once, " + rounds + " sign-ins each, Argon2id m=19 MiB t=2");
        Cli.timeWithInput(jar, data.resolveSibling("user-add.log"), PASSWORD + "\n", "user", "add", ACCOUNT, "--role", "editor",
                "--password-stdin", "--data", data.toString());
        try (SiteProcess site = SiteProcess.start(jar, data, false)) {
            HttpClient reader = HttpClient.newHttpClient();
            publicLatencies(site, reader, requests / 5, null);
            Latencies quiet = publicLatencies(site, reader, requests, null);
            Latencies alone = new Latencies(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                alone.add(signIn(site, new Browser(), null));
            }
            AtomicInteger busy = new AtomicInteger();
            Latencies flood = new Latencies(CLIENTS * rounds);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<List<Long>>> running = new ArrayList<>();
            long started = System.nanoTime();
            for (int client = 0; client < CLIENTS; client++) {
                running.add(clients.submit(() -> {
                    Browser browser = new Browser();
                    List<Long> took = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        took.add(signIn(site, browser, busy));
                    }
                    return took;
                }));
            }
            Latencies during = publicLatencies(site, reader, Integer.MAX_VALUE, running);
            for (Future<List<Long>> client : running) {
                client.get().forEach(flood::add);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            clients.shutdown();
            for (double percentile : new double[] {50, 99}) {
                Report.figure("POST /admin/login p" + (int) percentile + ", " + CLIENTS + " at once",
                        flood.percentileMillis(percentile), "ms", "one at a time p" + (int) percentile,
                        alone.percentileMillis(percentile));
            }
            Report.value("sign-ins per second during the flood", flood.count() / seconds, "/s");
            Report.value("sign-ins answered 429 (hashing saturated)", busy.get(), "");
            for (double percentile : new double[] {50, 99}) {
                Report.figure("GET /api/v1/search p" + (int) percentile + " during the flood",
                        during.percentileMillis(percentile), "ms", "no flood p" + (int) percentile,
                        quiet.percentileMillis(percentile));
            }
            Report.value("search requests measured during the flood", during.count(), "");
        }
    }

    /** Nanoseconds the sign-in post took; fails on anything but the redirect of a success (or 429, counted). */
    private long signIn(SiteProcess site, Browser browser, AtomicInteger busy) throws IOException, InterruptedException {
        browser.cookies.getCookieStore().removeAll(); // signed out: each sign-in starts from the empty form
        HttpResponse<String> form = browser.client.send(site.request("/admin/login"), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("no sign-in form at /admin/login: " + form.statusCode());
        }
        String body = "_csrf=" + encode(token.group(1)) + "&name=" + encode(ACCOUNT) + "&password=" + encode(PASSWORD);
        HttpRequest post = site.requestBuilder("/admin/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long before = System.nanoTime();
        HttpResponse<Void> response = browser.client.send(post, HttpResponse.BodyHandlers.discarding());
        long took = System.nanoTime() - before;
        if (response.statusCode() == 429 && busy != null) {
            busy.incrementAndGet();
        } else if (response.statusCode() != 303) {
            throw new IllegalStateException("sign-in answered " + response.statusCode());
        }
        return took;
    }

    /** {@code count} search requests, or, with {@code until}, as many as fit before those tasks are all done. */
    private Latencies publicLatencies(SiteProcess site, HttpClient reader, int count, List<Future<List<Long>>> until)
            throws IOException, InterruptedException {
        Latencies latencies = new Latencies(until == null ? count : 1_000_000);
        for (int i = 0; i < count && (until == null || !until.stream().allMatch(Future::isDone)); i++) {
            HttpRequest request = site.request("/api/v1/search?q="
                    + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8));
            long before = System.nanoTime();
            HttpResponse<byte[]> response = reader.send(request, HttpResponse.BodyHandlers.ofByteArray());
            latencies.add(System.nanoTime() - before);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
        }
        return latencies;
    }

    /** One staff member's browser: its cookies and its connections. */
    private static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
