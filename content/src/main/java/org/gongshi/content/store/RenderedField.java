package org.gongshi.content.store;

import java.util.Objects;
import java.util.function.Function;

/**
 * A Markdown column whose safe HTML is kept beside it in {@code <column>_html}, rendered when the item is written:
 * {@code firstHeading} is the level the text's first heading takes on the page (2 under the page's title, 3 under a
 * section's own heading).
 */
public record RenderedField<T>(String column, Function<T, String> markdown, int firstHeading) {
    public RenderedField {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(markdown, "markdown");
    }

    public String htmlColumn() {
        return column + "_html";
    }
}
