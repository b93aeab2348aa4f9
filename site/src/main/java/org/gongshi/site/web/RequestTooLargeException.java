package org.gongshi.site.web;

import org.gongshi.content.uploads.Sizes;

/** A request body over its route's limit, refused (413) by its declared length before it is read. */
public final class RequestTooLargeException extends RuntimeException {
    private final long maximumBytes;

    public RequestTooLargeException(long maximumBytes) {
        super("request body over " + maximumBytes + " bytes", null, false, false);
        this.maximumBytes = maximumBytes;
    }

    String describe(Messages messages) {
        return messages.get("error.tooLarge.detail", Sizes.describe(maximumBytes));
    }
}
