package org.gongshi.plugin;

import static java.util.Objects.requireNonNull;

/**
 * A change to a listing the listings refused; nothing of it was written. The message says why, in zh-CN.
 *
 * @since 0.1
 */
public class ListingChangeRefusedException extends RuntimeException {
    /** Why a change was refused. */
    public enum Reason {
        /** No listing has the id. */
        NOT_FOUND,
        /** The listing's status does not allow the change, e.g. revoking a deleted listing. */
        NOT_ALLOWED,
        /** A corrected value breaks a rule of listings, e.g. a full resident ID number in a text field. */
        INVALID_VALUE
    }

    private final Reason reason;

    /** @since 0.1 */
    public ListingChangeRefusedException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    /** @since 0.1 */
    public Reason reason() {
        return reason;
    }
}
