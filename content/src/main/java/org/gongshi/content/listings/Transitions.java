package org.gongshi.content.listings;

/** The one table of which lifecycle change is allowed from which status, and the status it leads to. */
final class Transitions {
    private Transitions() {}

    static boolean allowed(HistoryAction action, ListingStatus from) {
        return switch (action) {
            case CORRECTED, DELETED, EXPIRED, EXTENDED -> from.isPublic();
            // Art. 9: a listing that never should have been made is revoked whatever happened to it since.
            case REVOKED -> from != ListingStatus.REVOKED;
            case RESTORED -> from == ListingStatus.REVOKED || from == ListingStatus.DELETED;
            case REINSTATED -> from == ListingStatus.EXPIRED;
            case CREATED, UPDATED -> false;
        };
    }

    static ListingStatus target(HistoryAction action, ListingStatus from) {
        return switch (action) {
            case CORRECTED -> ListingStatus.CORRECTED;
            case REVOKED -> ListingStatus.REVOKED;
            case DELETED -> ListingStatus.DELETED;
            case RESTORED, REINSTATED -> ListingStatus.PUBLISHED;
            case EXPIRED -> ListingStatus.EXPIRED;
            case EXTENDED, CREATED, UPDATED -> from;
        };
    }
}
