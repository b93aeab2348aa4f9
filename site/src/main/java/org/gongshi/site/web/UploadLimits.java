package org.gongshi.site.web;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one limit on multipart bodies. Every route that takes files says how large its request may be
 * ({@link #allow}); any other multipart request gets the default. A request that declares a larger body is refused
 * (413) before anything reads it, one that does not declare its length at all (411): browsers always send it with a
 * form, and without it the size is known only after reading. Jetty's multipart parser is held to the largest limit
 * besides. Each route still checks each file against its {@code UploadPolicy}.
 */
public final class UploadLimits implements Handler {
    /** Parts up to this size stay in memory; larger ones are spooled to the temporary directory while parsed. */
    private static final int IN_MEMORY_BYTES = 64 * 1024;

    private final long defaultBytes;
    private final Map<String, Long> byPath = new ConcurrentHashMap<>();

    public UploadLimits(long defaultBytes) {
        if (defaultBytes < 1) {
            throw new IllegalArgumentException("the multipart limit must be positive, got " + defaultBytes);
        }
        this.defaultBytes = defaultBytes;
    }

    /** Lets multipart requests to exactly {@code path} be up to {@code maximumBytes}. */
    public void allow(String path, long maximumBytes) {
        byPath.merge(path, maximumBytes, Math::max);
    }

    /** Runs before every route; call once all routes have said their limits, so Jetty gets the largest. */
    public void install(JavalinConfig config) {
        long largest = byPath.values().stream().mapToLong(Long::longValue).max().orElse(0);
        largest = Math.max(largest, defaultBytes);
        config.jetty.multipartConfig.maxTotalRequestSize(largest, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(largest, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_BYTES, SizeUnit.BYTES);
        config.routes.before(this);
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
        long limit = byPath.getOrDefault(context.path(), defaultBytes);
        if (length > limit) {
            throw new RequestTooLargeException(limit);
        }
    }
}
