package org.gongshi.site.web;

import org.gongshi.content.uploads.Sizes;

/** A request body over its route's limit, refused (413) by its declared length before it is read. */
public final class RequestTooLargeException extends RuntimeException {
    private static final long MEGABYTE = 1024 * 1024;

    private final long maximumBytes;

    public RequestTooLargeException(long maximumBytes) {
        super("request body over " + maximumBytes + " bytes", null, false, false);
        this.maximumBytes = maximumBytes;
    }

    /** In whole megabytes: the limit includes room for the form's text fields, which nobody needs to read about. */
    String describe(Messages messages) {
        long megabytes = maximumBytes / MEGABYTE;
        return messages.get("error.tooLarge.detail", megabytes > 0 ? megabytes + " MB" : Sizes.describe(maximumBytes));
    }
}
