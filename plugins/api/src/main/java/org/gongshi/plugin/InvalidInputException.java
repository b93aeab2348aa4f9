package org.gongshi.plugin;

/**
 * A typed value the site's rules refuse; the message says why in zh-CN, fit to show beside the field.
 *
 * @since 0.1
 */
public class InvalidInputException extends RuntimeException {
    /** @since 0.1 */
    public InvalidInputException(String message) {
        super(message);
    }
}
