package org.gongshi.site.web;

/** A multipart body sent without saying its length (chunked): it could not be refused before it is read (411). */
public final class LengthRequiredException extends RuntimeException {
    public LengthRequiredException() {
        super("multipart body without Content-Length");
    }
}
