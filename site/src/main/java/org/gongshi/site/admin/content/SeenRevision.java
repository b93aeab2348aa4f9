package org.gongshi.site.admin.content;

import io.javalin.http.Context;
import org.gongshi.content.editorial.EditorialItem;
import org.gongshi.site.web.InvalidRequestException;

/**
 * The revision a member was looking at when they acted, sent with every form as {@value #FIELD}. Acting on an item
 * someone else has changed since would approve, publish or overwrite what they never saw, so that is refused.
 */
final class SeenRevision {
    static final String FIELD = "revision";

    private SeenRevision() {}

    /** Whether {@code item} is still at the revision the form was shown with; a form without one is malformed. */
    static boolean current(Context context, EditorialItem<?> item) {
        return read(context, FIELD) == item.revision();
    }

    /** A revision number sent in {@code parameter}: a whole number from 0. */
    static int read(Context context, String parameter) {
        String value = context.formParam(parameter);
        if (value == null) {
            value = context.queryParam(parameter);
        }
        if (value == null || !value.strip().matches("[0-9]{1,9}")) {
            throw new InvalidRequestException("admin.content.error.revisionNumber", parameter);
        }
        return Integer.parseInt(value.strip());
    }
}
