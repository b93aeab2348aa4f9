package org.gongshi.site.staff;

/** The core's permissions; plugins add their own, prefixed with their id. */
public final class CorePermissions {
    /** Create and disable staff accounts. */
    public static final String ACCOUNTS = "accounts.manage";
    /** Read the audit log. */
    public static final String AUDIT = "audit.read";
    /** Keep the working-day calendar: public holidays and make-up working days, on which deadlines are counted. */
    public static final String CALENDAR = "calendar.manage";
    /** Write and edit cases, policies and bulletins, and send them for review. */
    public static final String CONTENT_WRITE = "content.write";
    /** Upload images and attachments for articles. */
    public static final String CONTENT_UPLOAD = "content.upload";
    /** Import documents and listing files for review. */
    public static final String CONTENT_IMPORT = "content.import";
    /** Approve, schedule, publish and archive content. */
    public static final String CONTENT_REVIEW = "content.review";
    /** Correct, revoke, delete and restore listings; publish imported listing files. */
    public static final String LISTINGS_ACT = "listings.act";

    private CorePermissions() {}
}
