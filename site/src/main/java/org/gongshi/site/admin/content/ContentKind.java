package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.gongshi.content.editorial.EditorialQueries;
import org.gongshi.content.editorial.EditorialWorkflow;

/**
 * One kind of content on the back office. {@code segment} is both its public and its back-office address
 * ({@code /cases}, {@code /admin/cases}), {@code type} its name in revisions and the audit log ({@code case}).
 * {@code publicView} is what the public page prints of an item ({@code <segment>/article.peb}), so a reviewer reads
 * it as it will be published.
 */
record ContentKind<T>(String segment, String type, String label, EditorialWorkflow<T> workflow,
        EditorialQueries<T> queries, ItemForm<T> form, Function<T, Object> publicView) {
    ContentKind {
        requireNonNull(segment, "segment");
        requireNonNull(type, "type");
        requireNonNull(label, "label");
        requireNonNull(workflow, "workflow");
        requireNonNull(queries, "queries");
        requireNonNull(form, "form");
        requireNonNull(publicView, "publicView");
    }

    String listPath() {
        return "/admin/" + segment;
    }

    String itemPath(String slug) {
        return listPath() + "/" + slug;
    }

    String publicPath(String slug) {
        return "/" + segment + "/" + slug;
    }

    /** What templates read as {@code kind}. */
    KindView view() {
        return new KindView(segment, label, listPath());
    }

    /** A kind as templates see it. */
    public record KindView(String segment, String label, String listPath) {}
}
