package org.gongshi.site.listings;

import java.time.LocalDate;
import org.gongshi.index.listings.ListingHit;

/** One result line: the identifier only ever as displayed (a person's ID masked). */
record ListingRow(String name, String identifierShown, String caseNumber, String court, String province,
        LocalDate publishedOn, String url) {
    /** {@code results}: the address of the results it is shown in, for the way back; null when there is none. */
    static ListingRow of(ListingHit entry, String results) {
        return new ListingRow(entry.name(), entry.identifierShown(), entry.caseNumber(), entry.court(),
                entry.province(), entry.publishedOn(), ListingUrls.detail(entry.id(), results));
    }
}
