package org.gongshi.site.admin.listings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongshi.content.listings.Debtor;
import org.gongshi.content.listings.Enforcement;
import org.gongshi.content.listings.HistoryEntry;
import org.gongshi.content.listings.Listing;
import org.gongshi.site.web.ChineseDates;
import org.gongshi.site.web.Messages;

/**
 * A listing as staff see it: every published field (the identifier as shown, a person's masked), its status and term,
 * and its history. Nothing here is ever logged.
 */
record ListingRecord(String id, String name, String kind, String status, boolean isPublic, List<Field> fields,
        List<Change> history) {
    /** History columns by the label staff know them by; the key under listings.* or admin.listings.*. */
    private static final Map<String, String> COLUMN_LABELS = Map.ofEntries(
            Map.entry("case_number", "listings.caseNumber"), Map.entry("debtor_name", "listings.name"),
            Map.entry("debtor_sex", "listings.sex"), Map.entry("debtor_age", "listings.age"),
            Map.entry("identifier_shown", "listings.identifier"),
            Map.entry("legal_representative", "listings.legalRepresentative"),
            Map.entry("superior_body", "listings.superiorBody"), Map.entry("court", "listings.court"),
            Map.entry("province", "listings.province"), Map.entry("basis_number", "listings.basisNumber"),
            Map.entry("basis_issuer", "listings.basisIssuer"), Map.entry("filed_on", "listings.filedOn"),
            Map.entry("obligation", "listings.obligation"), Map.entry("performance", "listings.performance"),
            Map.entry("performed_fen", "listings.performedAmount"),
            Map.entry("unperformed_fen", "listings.unperformedAmount"), Map.entry("conduct", "listings.conduct"),
            Map.entry("published_on", "listings.publishedOn"),
            Map.entry("rectification_state", "listings.rectification"),
            Map.entry("rectification_since", "admin.listings.rectificationSince"),
            Map.entry("decided_on", "admin.listings.decidedOn"), Map.entry("expires_on", "admin.listings.expiresOn"));

    static ListingRecord of(Listing listing, List<HistoryEntry> history, Messages messages) {
        Debtor debtor = listing.debtor();
        Enforcement enforcement = listing.enforcement();
        List<Field> fields = new ArrayList<>();
        add(fields, messages.get("listings.name"), debtor.name());
        add(fields, messages.get("admin.listings.kind"), debtor.kind().label());
        add(fields, messages.get("listings.identifier"), debtor.identifierShown());
        add(fields, messages.get("listings.sex"), debtor.sex());
        add(fields, messages.get("listings.age"), debtor.age() == null ? null : debtor.age().toString());
        add(fields, messages.get("listings.legalRepresentative"), debtor.legalRepresentative());
        add(fields, messages.get("listings.superiorBody"), debtor.superiorBody());
        add(fields, messages.get("listings.court"), enforcement.court());
        add(fields, messages.get("listings.province"), enforcement.province());
        add(fields, messages.get("listings.caseNumber"), enforcement.caseNumber());
        add(fields, messages.get("listings.basisNumber"), enforcement.basisNumber());
        add(fields, messages.get("listings.basisIssuer"), enforcement.basisIssuer());
        add(fields, messages.get("listings.filedOn"), ChineseDates.format(enforcement.filedOn()));
        add(fields, messages.get("listings.obligation"), enforcement.obligation());
        add(fields, messages.get("listings.performance"), enforcement.performance());
        add(fields, messages.get("listings.performedAmount"), amount(enforcement.performedAmount(), messages));
        add(fields, messages.get("listings.unperformedAmount"), amount(enforcement.unperformedAmount(), messages));
        add(fields, messages.get("listings.conduct"), enforcement.conduct());
        if (listing.rectification() != null) {
            add(fields, messages.get("listings.rectification"), messages.get("listings.rectificationSince",
                    listing.rectification().state().label(), ChineseDates.format(listing.rectification().since())));
        }
        add(fields, messages.get("listings.publishedOn"), ChineseDates.format(listing.publishedOn()));
        add(fields, messages.get("admin.listings.decidedOn"), ChineseDates.format(listing.decidedOn()));
        add(fields, messages.get("admin.listings.expiresOn"), ChineseDates.format(listing.expiresOn()));
        add(fields, messages.get("admin.listings.sourceBatch"), listing.sourceBatch());
        List<Change> changes = history.stream().map(entry -> Change.of(entry, messages)).toList();
        return new ListingRecord(listing.id(), debtor.name(), debtor.kind().label(), listing.status().label(),
                listing.status().isPublic(), fields, changes);
    }

    private static void add(List<Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(label, value));
        }
    }

    private static String amount(BigDecimal yuan, Messages messages) {
        return yuan == null ? null : messages.get("listings.amount", yuan.toPlainString());
    }

    static String columnLabel(String column, Messages messages) {
        String key = COLUMN_LABELS.get(column);
        return key == null ? column : messages.get(key);
    }

    /** A label and its value. */
    public record Field(String label, String value) {}

    /** One history entry, newest last, as the table shows it. */
    public record Change(int version, String at, String actor, String action, String from, String to, String ground,
            String reason, String changed) {
        static Change of(HistoryEntry entry, Messages messages) {
            return new Change(entry.version(), ChineseDates.dateTime(entry.at()), entry.actor(),
                    entry.action().label(), entry.fromStatus() == null ? "" : entry.fromStatus().label(),
                    entry.toStatus().label(), entry.ground() == null ? "" : entry.ground().label(),
                    entry.reason() == null ? "" : entry.reason(),
                    entry.changedFields().stream().map(column -> columnLabel(column, messages))
                            .collect(Collectors.joining("、")));
        }
    }
}
