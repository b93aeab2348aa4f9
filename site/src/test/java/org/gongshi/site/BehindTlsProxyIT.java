package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gongshi.site.web.guard.Challenge;
import org.gongshi.site.web.guard.Solver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The site behind a proxy that ends TLS and speaks plain HTTP to it, as `serve --public-url https://…` runs: every
 * cookie it sets is Secure with the {@code __Host-} prefix, though the request itself came in over HTTP.
 */
class BehindTlsProxyIT {
    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo().at(URI.create("https://gongshi.example/"));

    @Test
    void theProofOfWorkPassIsSecureLikeEveryOtherCookie() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(site.url().resolve("/api/v1/challenge"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Challenge challenge = new ObjectMapper().readValue(issued.body(), Challenge.class);

        HttpResponse<String> answered = client.send(HttpRequest.newBuilder(site.url().resolve("/api/v1/search?q="))
                .header("X-Proof-Of-Work", Solver.solve(challenge).encode()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answered.statusCode());
        String pass = answered.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(pass.startsWith("__Host-gongshi-pass=") && pass.contains("; Secure") && pass.contains("HttpOnly")
                && pass.contains("Max-Age=300") && pass.contains("Path=/"), pass);
        String formToken = site.get("/admin/login").headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(formToken.startsWith("__Host-gongshi_form=") && formToken.contains("; Secure"), formToken);
    }
}
