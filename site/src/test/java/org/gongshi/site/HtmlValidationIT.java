package org.gongshi.site;

import static org.gongshi.site.RunningSite.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One page of every public type, as served, passes the Nu HTML checker (vnu.jar, fetched by the build from npm's
 * vnu-jar) with no error. Warnings are counted into target/html-validation.txt for people to read, not failed on.
 */
class HtmlValidationIT {
    private static final Path REPORT = Path.of(System.getProperty("basedir", "."), "target", "html-validation.txt");

    static Map<String, String> listings;

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo(data -> listings = ListingFixture.load(data));

    @TempDir
    Path pages;

    @Test
    void everyPublicPageTypeIsValidHtml() throws IOException, InterruptedException {
        Map<String, HttpResponse<String>> served = new LinkedHashMap<>();
        publicPaths().forEach((name, path) -> served.put(name, site.get(path)));
        served.put("rate-limited", rateLimited());
        for (Map.Entry<String, HttpResponse<String>> page : served.entrySet()) {
            assertTrue(page.getValue().headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                    page.getKey());
            Files.writeString(pages.resolve(page.getKey() + ".html"), page.getValue().body(), StandardCharsets.UTF_8);
        }

        Map<String, List<String>> errors = new TreeMap<>();
        Map<String, List<String>> warnings = new TreeMap<>();
        for (JsonNode message : check(served.keySet())) {
            String page = Path.of(URI.create(message.path("url").asText()).getPath()).getFileName()
                    .toString().replace(".html", "");
            boolean error = "error".equals(message.path("type").asText())
                    || "fatal".equals(message.path("subType").asText());
            (error ? errors : warnings).computeIfAbsent(page, key -> new ArrayList<>()).add(message.path("message")
                    .asText() + " @" + message.path("lastLine").asText() + ": " + message.path("extract").asText());
        }
        List<String> report = new ArrayList<>();
        served.forEach((name, response) -> {
            report.add(name + " (" + response.statusCode() + "): " + errors.getOrDefault(name, List.of()).size()
                    + " errors, " + warnings.getOrDefault(name, List.of()).size() + " warnings");
            warnings.getOrDefault(name, List.of()).forEach(warning -> report.add("  warning: " + warning));
        });
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report, StandardCharsets.UTF_8);
        assertEquals(Map.of(), errors, String.join("\n", report));
    }

    /** The page types a reader can reach, by name: lists, details, forms, errors and plugin pages. */
    private static Map<String, String> publicPaths() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("home", "/");
        paths.put("search", "/search?q=" + encode("信用修复"));
        paths.put("search-nothing", "/search?q=" + encode("琥珀王"));
        paths.put("policies", "/policies");
        paths.put("policy", firstItem("/policies"));
        paths.put("cases", "/cases");
        paths.put("case", firstItem("/cases"));
        paths.put("bulletins", "/bulletins");
        paths.put("bulletin", firstItem("/bulletins"));
        paths.put("wide-article", WideArticle.publish(site));
        paths.put("listings", "/listings");
        paths.put("listings-results", "/listings?name=" + encode("琥珀"));
        paths.put("listings-court", "/listings?name=" + encode("琥珀") + "&court=" + encode("人民法院"));
        paths.put("listings-invalid", "/listings?caseNo=" + encode("京0105执1234号"));
        paths.put("listing", "/listings/" + listings.get(ListingFixture.HOSPITAL));
        paths.put("government-credit", "/government-credit");
        paths.put("government-credit-filtered", "/government-credit?kind=government-body");
        paths.put("objection-form", "/objections/new?listing=" + listings.get(ListingFixture.HOSPITAL));
        paths.put("repair-form", "/objections/repair?listing=" + listings.get(ListingFixture.HOSPITAL));
        paths.put("objection-status", "/objections/status");
        paths.put("objection-stats", "/objections/stats");
        paths.put("about", "/about");
        paths.put("not-found", "/no-such-page");
        paths.put("bad-request", "/search?q=x&page=0");
        return paths;
    }

    /** The listing lookup's rate-limit page, with its proof-of-work challenge, as one busy client meets it. */
    private static HttpResponse<String> rateLimited() {
        StaffClient client = site.staffClientClaiming("198.51.100.7");
        for (int request = 0; request < 100; request++) {
            HttpResponse<String> response = client.get("/listings?name=" + encode("琥珀"));
            if (response.statusCode() == 429) {
                return response;
            }
        }
        throw new AssertionError("the lookup never limited one client");
    }

    private static String firstItem(String list) {
        String html = site.get(list).body();
        int start = html.indexOf("class=\"item-title\" href=\"") + "class=\"item-title\" href=\"".length();
        return html.substring(start, html.indexOf('"', start));
    }

    private List<JsonNode> check(Iterable<String> names) throws IOException, InterruptedException {
        String jar = System.getProperty("vnu.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "vnu.jar is fetched by the build: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar, "--format", "json", "--stdout", "--exit-zero-always"));
        names.forEach(name -> command.add(pages.resolve(name + ".html").toString()));
        Process checker = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] output = checker.getInputStream().readAllBytes();
        assertTrue(checker.waitFor(5, TimeUnit.MINUTES), "the checker finished");
        List<JsonNode> messages = new ArrayList<>();
        new ObjectMapper().readTree(output).path("messages").forEach(messages::add);
        return messages;
    }
}
