package org.gongshi.site.listings;

import org.gongshi.index.listings.ListingQuery;

/**
 * A checked query: {@code identifierKey} is the keyed hash of a full ID or code (the number itself goes no further),
 * {@code caseNumber} is canonical; every field may be null.
 */
record ListingCriteria(String name, String identifierKey, String caseNumber, String court, String province) {
    ListingQuery query(int page, int pageSize) {
        return new ListingQuery(name, identifierKey, caseNumber, court, province, page, pageSize);
    }
}
