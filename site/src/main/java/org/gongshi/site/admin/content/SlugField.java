package org.gongshi.site.admin.content;

import org.gongshi.content.store.Slugs;

/** The slug typed for a new item: it becomes its address, so it is checked here and never changed later. */
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

    /**
     * The message key of what is wrong with a typed {@code slug}, or null when a new item may take it. A field left
     * empty is not checked: it stands for the proposed slug ({@link ProposedSlug}).
     */
    static String problem(String slug, boolean taken) {
        if (!valid(slug) || slug.equals(RESERVED)) {
            return "admin.content.error.slug";
        }
        return taken ? "admin.content.error.slugTaken" : null;
    }
}
