package org.gongshi.site.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Runs after every request: Javalin's {@code render} and {@code html} say {@code text/html} and nothing of the
 * encoding, which leaves a browser to guess at a page of Chinese. Every page is UTF-8, and says so.
 */
public final class HtmlCharset implements Handler {
    static final String HTML = "text/html; charset=utf-8";

    @Override
    public void handle(Context context) {
        String type = context.res().getContentType();
        if (type != null && type.startsWith("text/html") && !type.contains("charset")) {
            context.contentType(HTML);
        }
    }
}
