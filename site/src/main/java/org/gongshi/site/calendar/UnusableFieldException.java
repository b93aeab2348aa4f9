package org.gongshi.site.calendar;

/** A form field the calendar cannot even be asked about; {@code messageKey} says why in Chinese. */
final class UnusableFieldException extends RuntimeException {
    private final String messageKey;

    UnusableFieldException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
