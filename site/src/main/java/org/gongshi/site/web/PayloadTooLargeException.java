package org.gongshi.site.web;

import org.gongshi.content.uploads.Sizes;

/** A request body over the route's limit, refused (413) before it is read; {@code limitBytes} is said in the page. */
public final class PayloadTooLargeException extends RuntimeException {
    private final long limitBytes;

    public PayloadTooLargeException(long limitBytes) {
        super("request body over " + limitBytes + " bytes", null, false, false);
        this.limitBytes = limitBytes;
    }

    String describe(Messages messages) {
        return messages.get("form.error.tooLarge", Sizes.describe(limitBytes));
    }
}
