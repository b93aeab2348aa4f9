package org.gongshi.site.listings;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.gongshi.index.listings.ListingHit;

/** One result line: the identifier only ever as displayed (a person's ID masked). */
record ListingRow(String name, String identifierShown, String caseNumber, String court, String province,
        LocalDate publishedOn, String url) {
    /** {@code details}: the address of a listing's details, from its id. */
    static ListingRow of(ListingHit entry, UnaryOperator<String> details) {
        return new ListingRow(entry.name(), entry.identifierShown(), entry.caseNumber(), entry.court(),
                entry.province(), entry.publishedOn(), details.apply(entry.id()));
    }
}
