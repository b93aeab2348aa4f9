package org.gongshi.site.web;

/** Nothing public lives at the requested address (unknown slug, draft, page past the end). */
public final class PageNotFoundException extends RuntimeException {
    public PageNotFoundException(String what) {
        super(what);
    }
}
