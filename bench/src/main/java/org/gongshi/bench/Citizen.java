package org.gongshi.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One applicant's browser on the objection form: its cookies (the form's double-submit token) and its connections.
 * Every request comes through the trusted proxy from another benchmark-range address ({@link SiteProcess#request}),
 * so the public-forms rate limit stays in the path without refusing the harness.
 */
final class Citizen {
    private static final Pattern SUBMISSION = Pattern.compile("name=\"submission\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final Duration timeout;
    private String csrf;

    Citizen(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Opens the form about {@code listingId}; answers its submission token and keeps its CSRF cookie. */
    String openForm(SiteProcess site, String listingId) throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(site.requestBuilder("/objections/new?listing=" + listingId)
                .timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher token = SUBMISSION.matcher(form.body());
        Matcher csrfField = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !token.find() || !csrfField.find()) {
            throw new IllegalStateException("no objection form for listing " + listingId + ": " + form.statusCode());
        }
        csrf = csrfField.group(1);
        return token.group(1);
    }

    /** The filled form, ready to send (and to send again): the fields, then the files in order. */
    Submission fill(String token, Map<String, String> fields, List<EvidenceFile> files) {
        if (csrf == null) {
            throw new IllegalStateException("open a form first: the CSRF cookie comes with it");
        }
        String boundary = "----gongshi" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", csrf);
        all.put("submission", token);
        all.putAll(fields);
        ByteArrayOutputStream body = new ByteArrayOutputStream(files.stream().mapToInt(f -> f.content().length).sum()
                + 4096);
        all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        for (EvidenceFile file : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\""
                    + file.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return new Submission(token, fields, files, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Sends the filing; an IOException means the answer never came (the server went away, say). */
    HttpResponse<String> send(SiteProcess site, Submission submission) throws IOException, InterruptedException {
        HttpRequest request = site.requestBuilder("/objections/new").timeout(timeout)
                .header("Content-Type", submission.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(submission.body())).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Looks a receipt up on the status page (tracking number and query code), as the applicant would. */
    HttpResponse<String> lookUp(SiteProcess site, FiledReceipt receipt) throws IOException, InterruptedException {
        String form = "_csrf=" + encode(csrf) + "&number=" + encode(receipt.trackingNumber()) + "&code="
                + encode(receipt.queryCode());
        HttpRequest request = site.requestBuilder("/objections/status").timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
