package org.gongshi.content.store;

/** The one unchecked exception storage code throws; it wraps {@link java.sql.SQLException} and friends. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
