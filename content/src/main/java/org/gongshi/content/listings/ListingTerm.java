package org.gongshi.content.listings;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long a listing stays public, by Art. 2 of the SPC's 2017 provisions: "被执行人具有本规定第一条第二项至第六项规定
 * 情形的，纳入失信被执行人名单的期限为二年", extendable by one to three years for violent obstruction or several
 * circumstances. A listing under item (1) has no fixed term: it stays until an Art. 10 ground removes it. So does one
 * whose circumstance cannot be recognised, rather than drop a listing that must stay public.
 */
public final class ListingTerm {
    public static final Period FIXED = Period.ofYears(2);
    /** The longest term a court can set: two years plus an extension of at most three. */
    public static final Period LONGEST = Period.ofYears(5);

    private ListingTerm() {}

    /**
     * The end of the term Art. 2 gives a listing whose circumstances {@code conduct} names: two years from the
     * listing decision, or from publication when the source has no decision date; null for no fixed term.
     */
    public static LocalDate defaultExpiry(String conduct, LocalDate decidedOn, LocalDate publishedOn) {
        if (!ListingGrounds.of(conduct).fixedTerm()) {
            return null;
        }
        LocalDate start = decidedOn != null ? decidedOn : publishedOn;
        if (start == null) {
            throw new IllegalArgumentException("失信名单条目既无纳入决定日期也无发布日期，无法计算期限");
        }
        return start.plus(FIXED);
    }

    public static LocalDate defaultExpiry(Listing listing) {
        return defaultExpiry(listing.enforcement().conduct(), listing.decidedOn(), listing.publishedOn());
    }

    /** Whether the listing's term ends later than Art. 2's two years: extended by a court, or so set by the source. */
    public static boolean extended(Listing listing) {
        LocalDate fixed = defaultExpiry(listing);
        return listing.expiresOn() != null && fixed != null && listing.expiresOn().isAfter(fixed);
    }

    /**
     * The term of {@code after}, which replaces {@code before}: the end the source gives ({@code sourceSays}, null when
     * it gives none) wins; else a change of circumstances or decision date sets Art. 2's term anew; else the term
     * stays as it was, extension and all.
     */
    static LocalDate afterChange(Listing before, Listing after, LocalDate sourceSays) {
        if (sourceSays != null) {
            return sourceSays;
        }
        boolean sameBasis = Objects.equals(ListingGrounds.of(before.enforcement().conduct()),
                ListingGrounds.of(after.enforcement().conduct()))
                && Objects.equals(before.decidedOn(), after.decidedOn());
        return sameBasis ? before.expiresOn() : defaultExpiry(after);
    }
}
