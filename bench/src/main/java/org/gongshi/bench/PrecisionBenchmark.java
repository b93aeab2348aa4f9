package org.gongshi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The judged query set through the real search API, against substring matching on the same database. */
final class PrecisionBenchmark {
    private static final int TOP = 10;

    private final SiteProcess site;
    private final Path database;
    private final List<JudgedQuery> judged;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    PrecisionBenchmark(SiteProcess site, Path database, List<JudgedQuery> judged) {
        this.site = site;
        this.database = database;
        this.judged = List.copyOf(judged);
    }

    void run() throws IOException, InterruptedException, SQLException {
        Report.heading("Precision of the judged query set (" + judged.size() + " queries, top " + TOP + ")");
        Precision gongshi = new Precision();
        Precision substring = new Precision();
        try (SubstringBaseline baseline = new SubstringBaseline(database)) {
            for (JudgedQuery query : judged) {
                gongshi.add(search(query.query()), query.relevant());
                substring.add(baseline.search(query.query(), TOP), query.relevant());
            }
        }
        Report.figure("first hit relevant (share of queries)", gongshi.firstRelevant(), "", "substring LIKE", substring.firstRelevant());
        Report.figure("precision of the results shown", gongshi.precision(), "", "substring LIKE", substring.precision());
        Report.figure("recall within the top " + TOP, gongshi.recall(), "", "substring LIKE", substring.recall());
    }

    private List<String> search(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(site.uri("/api/v1/search?size=" + TOP + "&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        JsonNode body = json.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
        List<String> urls = new ArrayList<>();
        body.path("hits").forEach(hit -> urls.add(hit.path("url").asText()));
        return urls;
    }
}
