package org.gongshi.content.values;

/** A typed or imported value that {@link BoundedValues} refuses; the message says in zh-CN what it must be. */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidValueException(String zhMessage) {
        super(zhMessage);
    }
}
