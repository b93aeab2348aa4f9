package org.gongshi.site.plugins;

import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.plugin.Markdown;

/** The site's one Markdown pipeline, lent to plugins. */
record HostedMarkdown(MarkdownRenderer renderer) implements Markdown {
    @Override
    public String toHtml(String markdown) {
        return renderer.toHtml(markdown);
    }

    @Override
    public String toPlainText(String markdown) {
        return renderer.toPlainText(markdown);
    }
}
