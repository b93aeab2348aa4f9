package org.gongshi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/** GETs on the running site, each as another client (see {@link SiteProcess#request}). */
final class SiteClient {
    private final SiteProcess site;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    SiteClient(SiteProcess site) {
        this.site = site;
    }

    /** The body of the answer; fails unless it is 200. */
    String text(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(site.request(path), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    JsonNode json(String path) throws IOException, InterruptedException {
        return json.readTree(text(path));
    }

    int status(String path) throws IOException, InterruptedException {
        return client.send(site.request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
