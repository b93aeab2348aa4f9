package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.MultipartConfigElement;
import java.nio.file.Path;

/**
 * Caps multipart forms, which Jetty reads (spilling parts over 64 KiB to {@code cacheDirectory}) as soon as anything
 * asks for a form field, the CSRF check included: every form at {@value #DEFAULT_MAXIMUM} bytes unless its route
 * allows more through {@link #allowing}. Jetty stops reading a body at the cap and the site answers 413 with its
 * page. A body declared far larger ({@value #UNREAD_FACTOR} times the cap) is refused before a byte of it is read: the
 * client may then see the connection reset instead of the page, as from any server that leaves a body unread, but
 * nobody can make the site take in a gigabyte to refuse it.
 */
public final class MultipartLimits {
    public static final long DEFAULT_MAXIMUM = 2L * 1024 * 1024;
    /** Room for the form's other fields and the multipart boundaries around the file. */
    static final long FORM_OVERHEAD = 64L * 1024;
    static final int UNREAD_FACTOR = 4;
    private static final int IN_MEMORY_KIBIBYTES = 64;
    private static final String JETTY_ATTRIBUTE = "org.eclipse.jetty.multipartConfig";

    private final Path cacheDirectory;

    public MultipartLimits(Path cacheDirectory) {
        this.cacheDirectory = requireNonNull(cacheDirectory, "cacheDirectory");
    }

    public void configure(JavalinConfig config) {
        config.jetty.multipartConfig.cacheDirectory(cacheDirectory.toString());
        config.jetty.multipartConfig.maxFileSize(DEFAULT_MAXIMUM, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(DEFAULT_MAXIMUM + FORM_OVERHEAD, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_KIBIBYTES, SizeUnit.KB);
    }

    /** A before-handler for an upload route whose file may be up to {@code maximumBytes}. */
    public Handler allowing(long maximumBytes) {
        MultipartConfigElement limits = new MultipartConfigElement(cacheDirectory.toString(), maximumBytes,
                maximumBytes + FORM_OVERHEAD, IN_MEMORY_KIBIBYTES * 1024);
        return context -> {
            if (declaredLength(context) > UNREAD_FACTOR * (maximumBytes + FORM_OVERHEAD)) {
                throw new ContentTooLargeException("error.upload.tooLarge", megabytes(maximumBytes));
            }
            context.req().setAttribute(JETTY_ATTRIBUTE, limits);
        };
    }

    /** The body's declared length, or -1 when it is sent in chunks. */
    private static long declaredLength(Context context) {
        return context.req().getContentLengthLong();
    }

    /** Whole mebibytes, as people say "2 MB". */
    public static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
