package org.gongshi.plugin;

import static java.util.Objects.requireNonNull;

/**
 * Something a plugin adds to a public listing's page (/listings/{id}): a neutral {@link Kind#NOTE} shown above its
 * fields (e.g. 该信息正在复核中), or a {@link Kind#LINK} below them (e.g. 对此信息有异议？). Text is plain and escaped;
 * a link's {@code url} is site-relative.
 *
 * @since 0.1
 */
public record ListingAddition(Kind kind, String text, String url) {
    public enum Kind {
        NOTE,
        LINK
    }

    public ListingAddition {
        requireNonNull(kind, "kind");
        requireNonNull(text, "text");
        if (kind == Kind.LINK && (url == null || !url.startsWith("/") || url.startsWith("//"))) {
            throw new IllegalArgumentException("a listing link needs a site-relative url, got " + url);
        }
    }

    /** @since 0.1 */
    public static ListingAddition note(String text) {
        return new ListingAddition(Kind.NOTE, text, null);
    }

    /** @since 0.1 */
    public static ListingAddition link(String text, String url) {
        return new ListingAddition(Kind.LINK, text, url);
    }
}
