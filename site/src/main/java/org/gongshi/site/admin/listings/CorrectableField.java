package org.gongshi.site.admin.listings;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.gongshi.content.listings.DebtorKind;
import org.gongshi.content.listings.Listing;

/**
 * The published fields staff may correct, each with its form input. The debtor's kind, identifier and case number
 * are what the listing is (its natural key): a listing wrong in those is revoked and imported again.
 */
enum CorrectableField {
    NAME("name", Input.TEXT),
    SEX("sex", Input.TEXT),
    AGE("age", Input.AGE),
    LEGAL_REPRESENTATIVE("legalRepresentative", Input.TEXT),
    SUPERIOR_BODY("superiorBody", Input.TEXT),
    COURT("court", Input.TEXT),
    PROVINCE("province", Input.TEXT),
    BASIS_NUMBER("basisNumber", Input.TEXT),
    BASIS_ISSUER("basisIssuer", Input.TEXT),
    FILED_ON("filedOn", Input.DATE),
    OBLIGATION("obligation", Input.LONG_TEXT),
    PERFORMANCE("performance", Input.LONG_TEXT),
    PERFORMED_AMOUNT("performedAmount", Input.AMOUNT),
    UNPERFORMED_AMOUNT("unperformedAmount", Input.AMOUNT),
    CONDUCT("conduct", Input.LONG_TEXT),
    PUBLISHED_ON("publishedOn", Input.DATE),
    RECTIFICATION("rectification", Input.RECTIFICATION);

    /** How a field is entered and checked. */
    enum Input { TEXT, LONG_TEXT, AGE, DATE, AMOUNT, RECTIFICATION }

    private final String formName;
    private final Input input;

    CorrectableField(String formName, Input input) {
        this.formName = formName;
        this.input = input;
    }

    /** The form field's name, which is also its label's key under listings.* in the message bundle. */
    String formName() {
        return formName;
    }

    Input input() {
        return input;
    }

    boolean appliesTo(DebtorKind kind) {
        return switch (this) {
            case SEX, AGE -> kind == DebtorKind.NATURAL_PERSON;
            case LEGAL_REPRESENTATIVE -> kind != DebtorKind.NATURAL_PERSON;
            case SUPERIOR_BODY, RECTIFICATION -> kind.isPublicBody();
            case NAME, COURT, PROVINCE, BASIS_NUMBER, BASIS_ISSUER, FILED_ON, OBLIGATION, PERFORMANCE,
                    PERFORMED_AMOUNT, UNPERFORMED_AMOUNT, CONDUCT, PUBLISHED_ON -> true;
        };
    }

    /** The listing's value as the form shows it: ISO dates, plain amounts, a rectification state's name. */
    String current(Listing listing) {
        return switch (this) {
            case NAME -> listing.debtor().name();
            case SEX -> listing.debtor().sex();
            case AGE -> listing.debtor().age() == null ? null : listing.debtor().age().toString();
            case LEGAL_REPRESENTATIVE -> listing.debtor().legalRepresentative();
            case SUPERIOR_BODY -> listing.debtor().superiorBody();
            case COURT -> listing.enforcement().court();
            case PROVINCE -> listing.enforcement().province();
            case BASIS_NUMBER -> listing.enforcement().basisNumber();
            case BASIS_ISSUER -> listing.enforcement().basisIssuer();
            case FILED_ON -> text(listing.enforcement().filedOn());
            case OBLIGATION -> listing.enforcement().obligation();
            case PERFORMANCE -> listing.enforcement().performance();
            case PERFORMED_AMOUNT -> text(listing.enforcement().performedAmount());
            case UNPERFORMED_AMOUNT -> text(listing.enforcement().unperformedAmount());
            case CONDUCT -> listing.enforcement().conduct();
            case PUBLISHED_ON -> text(listing.publishedOn());
            case RECTIFICATION -> listing.rectification() == null ? null : listing.rectification().state().name();
        };
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
