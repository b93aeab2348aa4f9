package org.gongshi.site.staff;

/** Too many password checks are queued; the login is answered 429 请稍后再试 rather than left waiting. */
public final class HasherBusyException extends RuntimeException {
    public HasherBusyException() {
        super("password hashing is saturated");
    }
}
