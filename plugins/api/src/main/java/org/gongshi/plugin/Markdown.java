package org.gongshi.plugin;

/**
 * The site's one Markdown pipeline, so a plugin's text looks and is sanitized like every other page's.
 *
 * @since 0.1
 */
public interface Markdown {
    /**
     * {@code markdown} as sanitized HTML, safe to print raw ({@code |raw}) inside {@code <div class="article-body">}.
     *
     * @since 0.1
     */
    String toHtml(String markdown);

    /**
     * {@code markdown} as plain text, e.g. the body of a search document.
     *
     * @since 0.1
     */
    String toPlainText(String markdown);
}
