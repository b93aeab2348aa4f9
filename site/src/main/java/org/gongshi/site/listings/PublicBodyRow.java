package org.gongshi.site.listings;

import java.time.LocalDate;
import org.gongshi.content.listings.Listing;

/** A line of the 政务失信 table; organisations' codes are public and shown as stored. */
record PublicBodyRow(String name, String kind, String identifierShown, String caseNumber, String court,
        String province, String rectification, LocalDate publishedOn, String url) {
    static PublicBodyRow of(Listing listing) {
        return new PublicBodyRow(listing.debtor().name(), listing.debtor().kind().label(),
                listing.debtor().identifierShown(), listing.enforcement().caseNumber(), listing.enforcement().court(),
                listing.enforcement().province(), listing.rectification() == null ? ""
                        : listing.rectification().state().label(),
                listing.publishedOn(), ListingUrls.detail(listing.id()));
    }
}
