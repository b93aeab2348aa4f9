package org.gongshi.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every public page type of the demo site under a crowd: wrk at 64 connections against each route, with the same
 * server's {@code GET /healthz} in the same run as the floor. Prints requests per second, the share of the floor, and
 * the 99th percentile.
 */
final class PageThroughputBenchmark {
    private static final Pattern ITEM = Pattern.compile("class=\"item-title\" href=\"(/[a-z]+/[^\"?]+)\"");
    private static final Pattern LISTING = Pattern.compile("href=\"(/listings/[0-9a-z]+)\\?");
    /** Issue 13: every public page type at a quarter of the floor or better. */
    private static final LoadTable.Target TARGET = new LoadTable.Target(0.25, 100);

    private final Path jar;
    private final Wrk wrk;

    PageThroughputBenchmark(Path jar, int connections, int seconds) {
        this.jar = jar;
        this.wrk = new Wrk(connections, seconds);
    }

    void run() throws IOException, InterruptedException {
        Report.heading("Public pages under load: wrk, 64 connections, a client address per request, demo data");
        Path data = Files.createTempDirectory("gongshi-pages").resolve("data");
        try (SiteProcess site = SiteProcess.start(jar, data, true)) {
            Map<String, List<String>> routes = routes(new SiteClient(site));
            LoadTable table = LoadTable.start(site, wrk, routes.values());
            for (Map.Entry<String, List<String>> route : routes.entrySet()) {
                table.measure(route.getKey(), route.getValue(), TARGET);
            }
        }
    }

    /** One address of each page type, found on the running demo site as a reader finds them. */
    private static Map<String, List<String>> routes(SiteClient site) throws IOException, InterruptedException {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put("/", List.of("/"));
        for (String list : List.of("/policies", "/cases", "/bulletins")) {
            routes.put(list, List.of(list));
            routes.put(list + "/{slug}", List.of(first(ITEM, site.text(list))));
        }
        routes.put("/search?q=执行难", List.of("/search?q=" + encode("执行难")));
        routes.put("/api/v1/search?q=信用", List.of("/api/v1/search?q=" + encode("信用")));
        String results = "/listings?name=" + encode("示例");
        routes.put("/listings?name=示例", List.of(results));
        routes.put("/listings/{id}", List.of(first(LISTING, site.text(results))));
        routes.put("/api/v1/listings?name=示例", List.of("/api/v1/listings?name=" + encode("示例")));
        routes.put("/government-credit", List.of("/government-credit"));
        routes.put("/objections/stats", List.of("/objections/stats"));
        routes.put("/about", List.of("/about"));
        return routes;
    }

    private static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " on the page");
        }
        return matcher.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
