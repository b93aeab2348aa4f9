package org.gongshi.site.web;

import java.util.List;

/** A request parameter the site cannot accept; {@code messageKey} names the zh-CN explanation in the bundle. */
public final class InvalidRequestException extends RuntimeException {
    private final String messageKey;
    private final List<Object> arguments;

    public InvalidRequestException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    String describe(Messages messages) {
        return messages.get(messageKey, arguments.toArray());
    }
}
