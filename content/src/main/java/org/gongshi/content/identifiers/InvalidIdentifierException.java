package org.gongshi.content.identifiers;

/** An identifier or 案号 that cannot be what it claims to be; the message is zh-CN and says what is wrong. */
public class InvalidIdentifierException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidIdentifierException(String zhMessage) {
        super(zhMessage);
    }
}
