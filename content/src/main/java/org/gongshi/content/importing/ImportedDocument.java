package org.gongshi.content.importing;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One uploaded file read by {@link DocumentImporter#read} and not yet saved, with what a reviewer checks before it is:
 * {@code issuer} is the 发布机关, 执行法院 or 通报单位; {@code documentNumber} the 文号 or 案号 (null for bulletins or when
 * the text has none); {@code date} the 成文日期 or date; {@code effectiveOn} the 施行日期 (policies only, often null);
 * {@code body} the Markdown as it will be stored (a case's three sections under their headings).
 */
public final class ImportedDocument {
    private final ParsedDocument parsed;
    private final DocumentKind kind;
    private final String title;
    private final String issuer;
    private final String documentNumber;
    private final LocalDate date;
    private final LocalDate effectiveOn;
    private final String body;

    ImportedDocument(ParsedDocument parsed, DocumentKind kind, String title, String issuer, String documentNumber,
            LocalDate date, LocalDate effectiveOn, String body) {
        this.parsed = requireNonNull(parsed, "parsed");
        this.kind = requireNonNull(kind, "kind");
        this.title = requireNonNull(title, "title");
        this.issuer = issuer;
        this.documentNumber = documentNumber;
        this.date = date;
        this.effectiveOn = effectiveOn;
        this.body = requireNonNull(body, "body");
    }

    public DocumentKind kind() {
        return kind;
    }

    /** Where it will be published, e.g. /policies/{slug}; the same file always gets the same slug. */
    public String slug() {
        return parsed.slug();
    }

    public String title() {
        return title;
    }

    public String issuer() {
        return issuer;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String body() {
        return body;
    }

    ParsedDocument parsed() {
        return parsed;
    }
}
