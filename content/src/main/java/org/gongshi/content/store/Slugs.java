package org.gongshi.content.store;

import java.util.regex.Pattern;

/** The rule for slugs, which become URLs: lowercase ASCII letters, digits and inner hyphens. */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");

    private Slugs() {}

    /** Returns {@code slug} if it is valid, else throws with a message that says what is allowed. */
    public static String require(String slug) {
        if (slug == null || !VALID.matcher(slug).matches()) {
            throw new IllegalArgumentException("invalid slug " + (slug == null ? "null" : "'" + slug + "'")
                    + ": use 1 to 100 characters of a-z, 0-9 and '-', not starting or ending with '-'");
        }
        return slug;
    }
}
