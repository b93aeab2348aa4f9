package org.gongshi.site.web;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The one limit on multipart bodies, for every route that accepts files. A request that declares a larger body is
 * refused (413) before anything reads it, and one that does not declare its length at all (411): browsers always
 * send it with a form, and without it the size is known only after reading. Jetty's multipart parser is held to the
 * same size besides. Each route still checks its own files against its {@code UploadPolicy}.
 */
public final class UploadLimits implements Handler {
    /** Parts up to this size stay in memory; larger ones are spooled to the temporary directory while parsed. */
    private static final int IN_MEMORY_BYTES = 64 * 1024;

    private final long maximumBytes;

    private UploadLimits(long maximumBytes) {
        this.maximumBytes = maximumBytes;
    }

    /** Limits every multipart request on the site to {@code maximumBytes}, the whole body with all its parts. */
    public static void install(JavalinConfig config, long maximumBytes) {
        if (maximumBytes < 1) {
            throw new IllegalArgumentException("the multipart limit must be positive, got " + maximumBytes);
        }
        config.jetty.multipartConfig.maxTotalRequestSize(maximumBytes, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(maximumBytes, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_BYTES, SizeUnit.BYTES);
        config.routes.before(new UploadLimits(maximumBytes));
    }

    @Override
    public void handle(Context context) {
        if (!context.isMultipartFormData()) {
            return;
        }
        long length = context.req().getContentLengthLong();
        if (length < 0) {
            throw new LengthRequiredException();
        }
        if (length > maximumBytes) {
            throw new RequestTooLargeException(maximumBytes);
        }
    }
}
