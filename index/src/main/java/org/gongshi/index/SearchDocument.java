package org.gongshi.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the index knows of one published item. {@code id} is unique across types (e.g. {@code policy:some-slug});
 * {@code body} is plain text (Markdown already rendered away); {@code number} is a 文号 or 案号 as printed, or null;
 * {@code issuer} is the issuing body or court; {@code issuer}, {@code region}, {@code category} and {@code date} may be
 * null and feed the facets of the same names (the year facet comes from {@code date}).
 */
public record SearchDocument(
        String id,
        String type,
        String title,
        String body,
        String url,
        LocalDate date,
        String number,
        String issuer,
        String region,
        String category) {
    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        body = body == null ? "" : body;
    }
}
