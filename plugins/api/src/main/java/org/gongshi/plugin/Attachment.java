package org.gongshi.plugin;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.InputStream;
import org.gongshi.content.uploads.ContentDisposition;
import org.gongshi.content.uploads.DisplayNames;
import org.gongshi.content.uploads.StoredUpload;
import org.gongshi.content.uploads.UploadStore;

/**
 * Answers a request with a private upload (a plugin's evidence) as a download: never shown in the browser, never
 * kept in a cache, saved under a name the server chooses. Decide who may have it before calling.
 */
public final class Attachment {
    private Attachment() {}

    /**
     * Sends upload {@code sha256} of {@code store} under {@code fileName} (made safe and given the extension of the
     * file's type, e.g. {@code 异议12-证据1} becomes {@code 异议12-证据1.pdf}); 404 when the area has no such upload.
     */
    public static void send(Context context, UploadStore store, String sha256, String fileName) {
        StoredUpload upload = store.find(sha256).orElseThrow(NotFoundResponse::new);
        InputStream content = store.open(sha256).orElseThrow(NotFoundResponse::new);
        context.header("Content-Disposition",
                ContentDisposition.attachment(DisplayNames.of(fileName, upload.mediaType())));
        context.header("X-Content-Type-Options", "nosniff");
        context.header("Cache-Control", "private, no-store");
        context.contentType(upload.mediaType().mimeType());
        context.result(content);
    }
}
