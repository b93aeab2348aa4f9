package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One field of a content form. {@code name} is the item's column name, so the form, its messages and the revision
 * diff share one label ({@code admin.content.field.<name>}); {@code hint} is a message key or null. A
 * {@code staffOnly} field is not printed on the public page, so the read-only view lists it under the article.
 */
record FormField(String name, Type type, boolean required, String hint, List<Choice> choices, boolean staffOnly) {
    enum Type {
        /** One line of plain text. */
        TEXT,
        /** An ISO date from {@code <input type="date">}. */
        DATE,
        /** Markdown, previewed through the site's sanitizing pipeline. */
        MARKDOWN,
        /** Plain lines, each one entry (links, table rows). */
        LINES,
        /** One of {@link #choices}. */
        CHOICE,
        /** A checkbox. */
        FLAG
    }

    /** An option of a {@link Type#CHOICE} field: the value sent and the label shown. */
    public record Choice(String value, String label) {}

    FormField {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        choices = List.copyOf(choices);
    }

    static FormField of(String name, Type type) {
        return new FormField(name, type, false, null, List.of(), false);
    }

    static FormField choice(String name, List<Choice> choices) {
        return new FormField(name, Type.CHOICE, true, null, choices, false);
    }

    FormField mandatory() {
        return new FormField(name, type, true, hint, choices, staffOnly);
    }

    /** With the hint under its label, {@code admin.content.hint.<name>}. */
    FormField hinted() {
        return new FormField(name, type, required, "admin.content.hint." + name, choices, staffOnly);
    }

    FormField forStaffOnly() {
        return new FormField(name, type, required, hint, choices, true);
    }

    public boolean markdown() {
        return type == Type.MARKDOWN;
    }
}
