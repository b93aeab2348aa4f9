package org.gongshi.content.listings;

/** What makes two imported rows the same listing: the canonical case number and the party. */
record NaturalKey(String caseNumber, String partyKey) {
    static NaturalKey of(Listing listing) {
        return new NaturalKey(listing.enforcement().caseNumber(), ListingField.partyKey(listing.debtor()));
    }
}
