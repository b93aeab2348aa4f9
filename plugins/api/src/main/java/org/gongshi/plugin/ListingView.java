package org.gongshi.plugin;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One listing of the list of dishonest judgment debtors, as far as a plugin shows or corrects it. {@code id} is its
 * public id (/listings/{id}); {@code identifierShown} is the identifier as the public sees it (a person's masked);
 * amounts are in yuan and, like the texts but {@code id} and {@code debtorName}, may be null.
 *
 * @since 0.1
 */
public record ListingView(String id, Status status, String debtorName, String identifierShown, String court,
        String caseNumber, String performance, BigDecimal performedAmount, BigDecimal unperformedAmount,
        String conduct) {
    public ListingView {
        requireNonNull(id, "id");
        requireNonNull(status, "status");
        requireNonNull(debtorName, "debtorName");
    }

    /** Where the listing stands, e.g. 已公布; only a public listing is shown on the site. */
    public record Status(String label, boolean isPublic) {
        public Status {
            requireNonNull(label, "label");
        }
    }
}
