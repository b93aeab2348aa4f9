package org.gongshi.site.admin.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the last action did, carried to the page it redirects to as {@code ?done=…} and shown as a notice. */
enum Done {
    CREATED,
    SAVED,
    UNCHANGED,
    SUBMITTED,
    SCHEDULED,
    PUBLISHED,
    RETURNED,
    ARCHIVED,
    RESTORED;

    String parameter() {
        return "done=" + name().toLowerCase(Locale.ROOT);
    }

    String messageKey() {
        return "admin.content.done." + name().toLowerCase(Locale.ROOT);
    }

    /** Only the values above: the parameter never names a message key of its own. */
    static Optional<Done> of(String parameter) {
        return Arrays.stream(values()).filter(done -> done.name().toLowerCase(Locale.ROOT).equals(parameter))
                .findFirst();
    }
}
