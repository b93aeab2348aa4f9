package org.gongshi.site.web;

import java.util.List;

/** A request body over the limit of its route, refused (413) before it is read whole; the message is zh-CN. */
public final class ContentTooLargeException extends RuntimeException {
    private final String messageKey;
    private final List<Object> arguments;

    public ContentTooLargeException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    String describe(Messages messages) {
        return messages.get(messageKey, arguments.toArray());
    }
}
