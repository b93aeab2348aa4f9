package org.gongshi.site.web;

/** The request may not do this: not signed in for a form post, a missing permission, a missing or wrong CSRF token. */
public final class ForbiddenException extends RuntimeException {
    private final String messageKey;

    public ForbiddenException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String describe(Messages messages) {
        return messages.get(messageKey);
    }
}
