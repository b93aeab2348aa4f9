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
import org.gongshi.index.quality.JudgedQuery;
import org.gongshi.index.quality.RankingQuality;

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
        RankingQuality gongshi = new RankingQuality();
        RankingQuality substring = new RankingQuality();
        try (SubstringBaseline baseline = new SubstringBaseline(database)) {
            for (JudgedQuery query : judged) {
                gongshi.add(search(query.text()), query.relevant());
                substring.add(baseline.search(query.text(), TOP), query.relevant());
            }
        }
        Report.figure("first hit relevant (share of queries)", gongshi.firstRelevant(), "", "substring LIKE", substring.firstRelevant());
        Report.figure("P@5", gongshi.precisionAtFive(), "", "substring LIKE", substring.precisionAtFive());
        Report.figure("precision of the results shown", gongshi.precisionOfShown(), "", "substring LIKE", substring.precisionOfShown());
        Report.figure("recall within the top " + TOP, gongshi.recallAtTen(), "", "substring LIKE", substring.recallAtTen());
    }

    private List<String> search(String query) throws IOException, InterruptedException {
        HttpRequest request = site.request("/api/v1/search?size=" + TOP + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        JsonNode body = json.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
        List<String> urls = new ArrayList<>();
        body.path("hits").forEach(hit -> urls.add(hit.path("url").asText()));
        return urls;
    }
}
