package org.gongshi.site.web;

/** A request body larger than the site reads at all, refused by its declared length before it is read (413). */
public final class RequestTooLargeException extends RuntimeException {
    private static final long MEGABYTE = 1024 * 1024;

    private final long maximumBytes;

    public RequestTooLargeException(long maximumBytes) {
        super("request body over " + maximumBytes + " bytes");
        this.maximumBytes = maximumBytes;
    }

    String describe(Messages messages) {
        return messages.get("error.tooLarge.detail", Math.max(1, maximumBytes / MEGABYTE));
    }
}
