package org.gongshi.site.web;

/** What lived at the requested address was public once and has been withdrawn (deleted, revoked, expired): 410. */
public final class GoneException extends RuntimeException {
    public GoneException(String what) {
        super(what);
    }
}
