package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.site.web.InvalidRequestException;

/**
 * POST /admin/content/preview with {@code markdown}: {"html": …}, the text rendered through the same sanitizing
 * pipeline as the public pages, for the editor's live preview (static/js/markdown-preview.js). The 预览 button does
 * the same without JavaScript.
 */
final class LivePreview {
    private final MarkdownRenderer markdown;

    LivePreview(MarkdownRenderer markdown) {
        this.markdown = requireNonNull(markdown, "markdown");
    }

    void render(Context context) {
        String text = context.formParam("markdown");
        if (text != null && text.length() > FieldReader.MAXIMUM_TEXT) {
            throw new InvalidRequestException("admin.content.error.tooLong", FieldReader.MAXIMUM_TEXT);
        }
        context.json(new Preview(markdown.toHtml(text)));
    }

    /** The answer: sanitized HTML, safe to insert as it is. */
    public record Preview(String html) {}
}
