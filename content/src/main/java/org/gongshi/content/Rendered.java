package org.gongshi.content;

import java.util.Map;

/** A published item with the safe HTML of its Markdown fields as stored: what a public page prints. */
public record Rendered<T>(T item, Map<String, String> html) {
    public Rendered {
        html = Map.copyOf(html);
    }

    /** The HTML of the Markdown column {@code column}; empty when the field is. */
    public String html(String column) {
        return html.getOrDefault(column, "");
    }
}
