package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.MultipartConfigElement;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one limit on multipart bodies. Every route that takes files says how large its request may be
 * ({@link #allow}); any other multipart request gets the default. A request that declares a larger body is refused
 * (413) before anything reads it, one that does not declare its length at all (411): browsers always send it with a
 * form, and without it the size is known only after reading. Jetty's multipart parser is then held to the same limit
 * for that request, spilling parts over 64 KiB to {@code cacheDirectory} on the data disk. Each route still checks
 * each file against its own policy.
 */
public final class UploadLimits implements Handler {
    /** Room for the form's other fields and the multipart boundaries around its files. */
    public static final long FORM_OVERHEAD = 64L * 1024;
    private static final int IN_MEMORY_BYTES = 64 * 1024;
    private static final String JETTY_ATTRIBUTE = "org.eclipse.jetty.multipartConfig";

    private final Path cacheDirectory;
    private final long defaultBytes;
    private final Map<String, Long> byPath = new ConcurrentHashMap<>();

    public UploadLimits(Path cacheDirectory, long defaultBytes) {
        if (defaultBytes < 1) {
            throw new IllegalArgumentException("the multipart limit must be positive, got " + defaultBytes);
        }
        this.cacheDirectory = requireNonNull(cacheDirectory, "cacheDirectory");
        this.defaultBytes = defaultBytes;
    }

    /** Lets multipart requests to exactly {@code path} be up to {@code maximumBytes}, more or less than the default. */
    public void allow(String path, long maximumBytes) {
        byPath.merge(path, maximumBytes, Math::max);
    }

    /** Runs before every route; call once all routes have said their limits, so Jetty's own is the largest. */
    public void install(JavalinConfig config) {
        long largest = Math.max(defaultBytes, byPath.values().stream().mapToLong(Long::longValue).max().orElse(0));
        config.jetty.multipartConfig.cacheDirectory(cacheDirectory.toString());
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
        context.req().setAttribute(JETTY_ATTRIBUTE,
                new MultipartConfigElement(cacheDirectory.toString(), limit, limit, IN_MEMORY_BYTES));
    }
}
