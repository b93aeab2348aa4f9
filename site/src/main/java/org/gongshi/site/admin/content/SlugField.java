package org.gongshi.site.admin.content;

import org.gongshi.content.store.Slugs;

/** The slug a new item is created under: it becomes its address, so it is checked here and never changed later. */
final class SlugField {
    static final String NAME = "slug";
    /** {@code /admin/<kind>/new} is the form for a new item, so no item may be called that. */
    private static final String RESERVED = "new";

    private SlugField() {}

    static boolean valid(String slug) {
        try {
            Slugs.require(slug);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The message key of what is wrong with {@code slug} for a new item, or null when it may be used. */
    static String problem(String slug, boolean taken) {
        if (slug == null || slug.isBlank()) {
            return "admin.content.error.required";
        }
        if (!valid(slug) || slug.equals(RESERVED)) {
            return "admin.content.error.slug";
        }
        return taken ? "admin.content.error.slugTaken" : null;
    }
}
