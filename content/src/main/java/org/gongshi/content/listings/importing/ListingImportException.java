package org.gongshi.content.listings.importing;

/** A file that cannot be imported at all (unreadable encoding, no recognisable header); the message is zh-CN. */
public final class ListingImportException extends RuntimeException {
    ListingImportException(String reason) {
        super(reason);
    }

    ListingImportException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
