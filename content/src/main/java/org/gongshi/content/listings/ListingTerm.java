package org.gongshi.content.listings;

import java.time.LocalDate;
import java.time.Period;

/** How long a listing stays public unless extended: the default term of Art. 2 of the 2017 provisions. */
public final class ListingTerm {
    public static final Period DEFAULT = Period.ofYears(2);

    private ListingTerm() {}

    /** Two years from the listing decision, or from publication when the source has no decision date. */
    public static LocalDate defaultExpiry(LocalDate decidedOn, LocalDate publishedOn) {
        LocalDate start = decidedOn != null ? decidedOn : publishedOn;
        if (start == null) {
            throw new IllegalArgumentException("失信名单条目既无纳入决定日期也无发布日期，无法计算期限");
        }
        return start.plus(DEFAULT);
    }
}
