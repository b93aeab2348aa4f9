package org.gongshi.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Search API latency over HTTP, one client after another, against the bare HTTP round trip of {@code /healthz} as
 * the baseline: the ratio is what searching adds to the floor the network and the server's HTTP layer set.
 */
final class SearchLatencyBenchmark {
    private final SiteProcess site;
    private final List<String> queries;
    private final int requests;
    private final HttpClient client = HttpClient.newHttpClient();

    SearchLatencyBenchmark(SiteProcess site, List<String> queries, int requests) {
        this.site = site;
        this.queries = List.copyOf(queries);
        this.requests = requests;
    }

    void run() throws IOException, InterruptedException {
        Report.heading("Search API latency over HTTP (" + requests + " sequential requests, " + queries.size() + " queries)");
        measure(i -> "/healthz", requests / 5);
        measure(this::search, requests / 5);
        Latencies floor = measure(i -> "/healthz", requests);
        Latencies search = measure(this::search, requests);
        for (double percentile : new double[] {50, 95, 99}) {
            Report.figure("GET /api/v1/search p" + (int) percentile, search.percentileMillis(percentile), "ms",
                    "GET /healthz p" + (int) percentile, floor.percentileMillis(percentile));
        }
    }

    private String search(int i) {
        String query = queries.get(i % queries.size());
        return "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private Latencies measure(java.util.function.IntFunction<String> target, int count) throws IOException, InterruptedException {
        Latencies latencies = new Latencies(count);
        for (int i = 0; i < count; i++) {
            HttpRequest request = site.request(target.apply(i));
            long started = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            latencies.add(System.nanoTime() - started);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
        }
        return latencies;
    }
}
