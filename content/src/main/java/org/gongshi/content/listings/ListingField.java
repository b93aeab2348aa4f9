package org.gongshi.content.listings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The listing columns that an import or a correction writes, each with the value it stores: text, ISO-8601 dates,
 * enum names, whole numbers, amounts as exact fen. Status, expiry and timestamps belong to the lifecycle instead.
 */
enum ListingField {
    CASE_NUMBER("case_number", listing -> listing.enforcement().caseNumber()),
    PARTY_KEY("party_key", listing -> partyKey(listing.debtor())),
    DEBTOR_KIND("debtor_kind", listing -> listing.debtor().kind().name()),
    DEBTOR_NAME("debtor_name", listing -> listing.debtor().name()),
    DEBTOR_SEX("debtor_sex", listing -> listing.debtor().sex()),
    DEBTOR_AGE("debtor_age", listing -> toLong(listing.debtor().age())),
    IDENTIFIER_SHOWN("identifier_shown", listing -> listing.debtor().identifierShown()),
    LEGAL_REPRESENTATIVE("legal_representative", listing -> listing.debtor().legalRepresentative()),
    SUPERIOR_BODY("superior_body", listing -> listing.debtor().superiorBody()),
    COURT("court", listing -> listing.enforcement().court()),
    PROVINCE("province", listing -> listing.enforcement().province()),
    BASIS_NUMBER("basis_number", listing -> listing.enforcement().basisNumber()),
    BASIS_ISSUER("basis_issuer", listing -> listing.enforcement().basisIssuer()),
    FILED_ON("filed_on", listing -> text(listing.enforcement().filedOn())),
    OBLIGATION("obligation", listing -> listing.enforcement().obligation()),
    PERFORMANCE("performance", listing -> listing.enforcement().performance()),
    PERFORMED_FEN("performed_fen", listing -> Amounts.toFen(listing.enforcement().performedAmount())),
    UNPERFORMED_FEN("unperformed_fen", listing -> Amounts.toFen(listing.enforcement().unperformedAmount())),
    CONDUCT("conduct", listing -> listing.enforcement().conduct()),
    /** Derived on write from the conduct, so the staff can list what it does not recognise. */
    LISTING_GROUNDS("listing_grounds", listing -> ListingGrounds.of(listing.enforcement().conduct()).code()),
    PUBLISHED_ON("published_on", listing -> text(listing.publishedOn())),
    RECTIFICATION_STATE("rectification_state",
            listing -> listing.rectification() == null ? null : text(listing.rectification().state())),
    RECTIFICATION_SINCE("rectification_since",
            listing -> listing.rectification() == null ? null : text(listing.rectification().since())),
    DECIDED_ON("decided_on", listing -> text(listing.decidedOn()));

    static final String NAME_PREFIX = "name:";

    private final String column;
    private final Function<Listing, Object> value;

    ListingField(String column, Function<Listing, Object> value) {
        this.column = column;
        this.value = value;
    }

    String column() {
        return column;
    }

    /** JDBC needs the SQL type of a null; PostgreSQL rejects a text null for a number column. */
    boolean numeric() {
        return switch (this) {
            case DEBTOR_AGE, PERFORMED_FEN, UNPERFORMED_FEN -> true;
            case CASE_NUMBER, PARTY_KEY, DEBTOR_KIND, DEBTOR_NAME, DEBTOR_SEX, IDENTIFIER_SHOWN,
                    LEGAL_REPRESENTATIVE, SUPERIOR_BODY, COURT, PROVINCE, BASIS_NUMBER, BASIS_ISSUER, FILED_ON,
                    OBLIGATION, PERFORMANCE, CONDUCT, LISTING_GROUNDS, PUBLISHED_ON, RECTIFICATION_STATE,
                    RECTIFICATION_SINCE, DECIDED_ON -> false;
        };
    }

    /** The stored values of {@code listing} in declaration order; checks what every listing must have. */
    static List<Object> valuesOf(Listing listing) {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(listing.debtor(), "debtor");
        Objects.requireNonNull(listing.enforcement(), "enforcement");
        Objects.requireNonNull(listing.debtor().kind(), "debtor kind");
        requireText(listing.debtor().name(), "被执行人姓名/名称为空");
        requireText(listing.enforcement().caseNumber(), "案号为空");
        List<Object> values = new ArrayList<>(values().length);
        for (ListingField field : values()) {
            values.add(field.value.apply(listing));
        }
        FullResidentIds.refuse(listing, values);
        return values;
    }

    /** The names of the columns whose values differ between two results of {@link #valuesOf}. */
    static List<String> changed(List<Object> before, List<Object> after) {
        List<String> changed = new ArrayList<>();
        for (ListingField field : values()) {
            if (!Objects.equals(before.get(field.ordinal()), after.get(field.ordinal()))) {
                changed.add(field.column);
            }
        }
        return changed;
    }

    /** The identifier key a stored party key holds, or null when the party was keyed by name. */
    static String identifierKey(String partyKey) {
        return partyKey.startsWith(NAME_PREFIX) ? null : partyKey;
    }

    static String partyKey(Debtor debtor) {
        return debtor.identifierKey() != null ? debtor.identifierKey() : NAME_PREFIX + debtor.name().strip();
    }

    private static void requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }

    private static Long toLong(Integer number) {
        return number == null ? null : number.longValue();
    }

    /** {@link LocalDate#toString()}, written out by hand for four-digit years: an import stores four dates a row. */
    static String text(LocalDate date) {
        if (date == null) {
            return null;
        }
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return date.toString();
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        return new String(new char[] {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
            digit(month / 10), digit(month), '-', digit(day / 10), digit(day)});
    }

    private static char digit(int number) {
        return (char) ('0' + number % 10);
    }

    private static String text(Enum<?> choice) {
        return choice == null ? null : choice.name();
    }
}
