package org.gongshi.plugin.objections;

import org.gongshi.content.listings.Listing;

/** What a filing form shows of the listing it is about: only what the listing's public page shows. */
record ListedParty(String id, String name, String identifierShown, String caseNumber, String court) {
    static ListedParty of(Listing listing) {
        return new ListedParty(listing.id(), listing.debtor().name(), listing.debtor().identifierShown(),
                listing.enforcement().caseNumber(), listing.enforcement().court());
    }
}
