package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * A page's form token, fetched (and its cookie set) only when a template prints it, so pages without a form set no
 * cookie. Pebble reads it as {@code publicForm.csrfToken}.
 */
public final class FormToken {
    private final Supplier<String> source;
    private String value;

    FormToken(Supplier<String> source) {
        this.source = requireNonNull(source, "source");
    }

    public String getCsrfToken() {
        if (value == null) {
            value = source.get();
        }
        return value;
    }
}
