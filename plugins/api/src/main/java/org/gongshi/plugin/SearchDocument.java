package org.gongshi.plugin;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What the site search knows of one of a plugin's items. {@code key} is unique within its {@link SearchDocuments}
 * type (e.g. a slug); {@code body} is plain text ({@link Markdown#toPlainText}); {@code url} is site-relative;
 * {@code date}, {@code number} (a 文号 or 案号 as printed), {@code issuer}, {@code region} and {@code category} may be
 * null and feed the search's facets of the same names.
 *
 * @since 0.1
 */
public record SearchDocument(String key, String title, String body, String url, LocalDate date, String number,
        String issuer, String region, String category) {
    public SearchDocument {
        requireNonNull(key, "key");
        requireNonNull(title, "title");
        requireNonNull(url, "url");
        body = body == null ? "" : body;
    }
}
