package org.gongshi.site.listings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.content.listings.Debtor;
import org.gongshi.content.listings.DebtorKind;
import org.gongshi.content.listings.Enforcement;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingTerm;
import org.gongshi.content.listings.Rectification;
import org.gongshi.site.web.ChineseDates;
import org.gongshi.site.web.Messages;

/**
 * What /listings/{id} prints: the national site's labels in its order, then for public bodies the superior body and
 * the rectification, and the term (Art. 2). Only public fields are read; the decision date, status and batch never
 * reach the page.
 */
record ListingDetail(String name, boolean person, List<Field> fields) {
    private static final String[] LABELS = {"name", "sex", "age", "identifier", "legalRepresentative", "court",
        "province", "caseNumber", "basisNumber", "basisIssuer", "filedOn", "obligation", "performance",
        "performedAmount", "unperformedAmount", "conduct", "publishedOn", "term"};

    static ListingDetail of(Listing listing, Messages messages) {
        Debtor debtor = listing.debtor();
        Enforcement enforcement = listing.enforcement();
        List<String> values = List.of(text(debtor.name()), text(debtor.sex()),
                debtor.age() == null ? "" : debtor.age().toString(), text(debtor.identifierShown()),
                text(debtor.legalRepresentative()), text(enforcement.court()), text(enforcement.province()),
                text(enforcement.caseNumber()), text(enforcement.basisNumber()), text(enforcement.basisIssuer()),
                ChineseDates.format(enforcement.filedOn()), text(enforcement.obligation()),
                text(enforcement.performance()), amount(enforcement.performedAmount(), messages),
                amount(enforcement.unperformedAmount(), messages), text(enforcement.conduct()),
                ChineseDates.format(listing.publishedOn()),
                new TermText(messages).of(listing.expiresOn(), ListingTerm.extended(listing)));
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < LABELS.length; i++) {
            fields.add(new Field(messages.get("listings." + LABELS[i]), values.get(i)));
        }
        if (debtor.kind().isPublicBody()) {
            fields.add(new Field(messages.get("listings.superiorBody"), text(debtor.superiorBody())));
            fields.add(new Field(messages.get("listings.rectification"), rectification(listing.rectification(),
                    messages)));
        }
        return new ListingDetail(debtor.name(), debtor.kind() == DebtorKind.NATURAL_PERSON, fields);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String amount(BigDecimal yuan, Messages messages) {
        if (yuan == null) {
            return "";
        }
        return messages.get("listings.amount", Amounts.format(yuan));
    }

    private static String rectification(Rectification rectification, Messages messages) {
        if (rectification == null) {
            return "";
        }
        LocalDate since = rectification.since();
        return since == null ? rectification.state().label()
                : messages.get("listings.rectificationSince", rectification.state().label(), ChineseDates.format(since));
    }

    /** A label and its value; an empty value prints as a dash. */
    record Field(String label, String value) {}
}
