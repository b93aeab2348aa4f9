package org.gongshi.index.listings;

import java.time.LocalDate;

/** One row of listing results, read from the index alone: a results page needs no database read. */
public record ListingHit(
        String id,
        String name,
        String kind,
        String identifierShown,
        String caseNumber,
        String court,
        String province,
        LocalDate publishedOn,
        LocalDate expiresOn) {}
