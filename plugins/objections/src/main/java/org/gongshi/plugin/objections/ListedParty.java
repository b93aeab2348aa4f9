package org.gongshi.plugin.objections;

import org.gongshi.plugin.ListingView;

/** What a filing form shows of the listing it is about: only what the listing's public page shows. */
record ListedParty(String id, String name, String identifierShown, String caseNumber, String court) {
    static ListedParty of(ListingView listing) {
        return new ListedParty(listing.id(), listing.debtorName(), listing.identifierShown(), listing.caseNumber(),
                listing.court());
    }
}
