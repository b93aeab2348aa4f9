package org.gongshi.plugin;

/**
 * The fields of a listing a plugin may correct, e.g. when an objection about an inaccuracy is upheld; every other
 * field stays as it is. A null field keeps the listing's current value.
 *
 * @since 0.1
 */
public record ListingCorrection(String debtorName, String performance, java.math.BigDecimal performedAmount,
        java.math.BigDecimal unperformedAmount, String conduct) {}
