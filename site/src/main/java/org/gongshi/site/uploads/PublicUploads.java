package org.gongshi.site.uploads;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.InputStream;
import java.util.Arrays;
import org.gongshi.content.uploads.ContentDisposition;
import org.gongshi.content.uploads.StoredUpload;
import org.gongshi.content.uploads.UploadStore;
import org.gongshi.site.web.PageNotFoundException;

/**
 * GET /uploads/{sha256}: an image or PDF of the public articles area, shown in the browser as the type its bytes were
 * recognised as (nosniff comes with every response, {@code SecurityHeaders}). The address is the content, so it may be
 * cached for a year; anything else, a malformed hash included, is the site's 404 page.
 */
public final class PublicUploads implements Handler {
    public static final String PATH = "/uploads/{sha256}";
    private static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    private final UploadStore articles;

    public PublicUploads(UploadStore articles) {
        this.articles = requireNonNull(articles, "articles");
    }

    @Override
    public void handle(Context context) {
        String sha256 = context.pathParam("sha256");
        StoredUpload upload = articles.find(sha256).orElseThrow(() -> new PageNotFoundException("no upload"));
        String etag = "\"" + upload.sha256() + "\"";
        context.header("Cache-Control", FOR_A_YEAR);
        context.header("ETag", etag);
        if (matches(context.header("If-None-Match"), etag)) {
            context.status(304);
            return;
        }
        InputStream content = articles.open(sha256).orElseThrow(() -> new PageNotFoundException("no upload"));
        context.header("Content-Disposition", ContentDisposition.inline(upload.displayName()));
        context.contentType(upload.mediaType().mimeType());
        context.result(content);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(tag -> tag.strip().replaceFirst("^W/", ""))
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
