package org.gongshi.index;

/** The one unchecked exception of the index: wraps Lucene's {@link java.io.IOException}s. */
public class IndexException extends RuntimeException {
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
