package org.gongshi.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client of the back office: keeps cookies, does not follow redirects (tests look at them), and fills
 * in the CSRF token the way a browser would, from the form on the page it last showed.
 */
public final class StaffClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final String BOUNDARY = "----GongshiTestBoundary7MA4YWxkTrZu0gW";

    private final URI site;
    private final String forwardedFor;
    private final HttpClient client;
    private String csrf;

    StaffClient(URI site, String forwardedFor) {
        this.site = site;
        this.forwardedFor = forwardedFor;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in with name and password; the response is the redirect (303) or the form again. */
    public HttpResponse<String> signIn(String name, String password) {
        get("/admin/login");
        return post("/admin/login", Map.of("name", name, "password", password));
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET());
        remember(response.body());
        return response;
    }

    /** Posts the form with the CSRF token of the last page shown (add {@code _csrf} yourself to override it). */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        fields.putAll(form);
        return postExactly(path, fields);
    }

    /** Posts exactly these fields: no token added. */
    public HttpResponse<String> postExactly(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        remember(response.body());
        return response;
    }

    /**
     * Posts a multipart form as a browser's file upload does: the CSRF token of the last page shown, {@code fields},
     * and one file part named {@code fileField} with the given name and bytes.
     */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        return postMultipart(path, fields, List.of(new FilePart(fileField, fileName, content)));
    }

    /** {@link #postMultipart(String, Map, List, String...)} with one file of the given type. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
            String fileName, String contentType, byte[] content) {
        return postMultipart(path, fields, List.of(new FilePart(fileField, fileName, contentType, content)));
    }

    /**
     * Posts {@code fields} (the last page's CSRF token added first, unless {@code fields} has its own) and
     * {@code files} as multipart/form-data with its length declared, with the extra request {@code headers} (name,
     * value, …).
     */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<FilePart> files,
            String... headers) {
        HttpRequest.Builder request = request(path);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return sendForm(request, HttpRequest.BodyPublishers.ofByteArray(multipartBody(fields, files)));
    }

    private HttpResponse<String> sendForm(HttpRequest.Builder request, HttpRequest.BodyPublisher body) {
        HttpResponse<String> response = send(request
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(body));
        remember(response.body());
        return response;
    }

    /** A file of a multipart form. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
        public FilePart(String field, String fileName, byte[] content) {
            this(field, fileName, "application/octet-stream", content);
        }
    }

    /** Where a redirect points, as a path on this site. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private byte[] multipartBody(Map<String, String> fields, List<FilePart> files) {
        Map<String, String> all = new LinkedHashMap<>();
        if (csrf != null && !fields.containsKey("_csrf")) {
            all.put("_csrf", csrf);
        }
        all.putAll(fields);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        all.forEach((name, value) -> write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        for (FilePart file : files) {
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + BOUNDARY + "--\r\n");
        return body.toByteArray();
    }

    /** The CSRF token of the last page that carried one. */
    public String csrfToken() {
        return csrf;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.resolve(path)).timeout(Duration.ofSeconds(30));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    private void remember(String body) {
        Matcher token = CSRF.matcher(body);
        if (token.find()) {
            csrf = token.group(1);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(request.build().method() + " " + request.build().uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
