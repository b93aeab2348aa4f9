package org.gongshi.content.listings;

import java.util.Optional;
import org.gongshi.content.identifiers.CreditCode;

/**
 * Who the debtor is. Every kind but {@link #NATURAL_PERSON} and {@link #ENTERPRISE} is a public body whose dishonesty
 * is 政务失信: shown in the general search and the 政务失信 ledger, tracked with a superior body and rectification.
 */
public enum DebtorKind {
    NATURAL_PERSON("自然人"),
    ENTERPRISE("企业"),
    GOVERNMENT_BODY("机关"),
    PUBLIC_INSTITUTION("事业单位"),
    VILLAGE_COMMITTEE("村（居）民委员会"),
    STATE_OWNED_ENTERPRISE("国有企业");

    private final String label;

    DebtorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Government, institutions, village committees and state enterprises: 政务失信. */
    public boolean isPublicBody() {
        return switch (this) {
            case NATURAL_PERSON, ENTERPRISE -> false;
            case GOVERNMENT_BODY, PUBLIC_INSTITUTION, VILLAGE_COMMITTEE, STATE_OWNED_ENTERPRISE -> true;
        };
    }

    /**
     * The kind of debtor a credit code's first two symbols (registration department and category, GB 32100-2015
     * Table 1) name: 11 机构编制·机关, 12 机构编制·事业单位, 91 工商·企业. Other pairs are left to staff rather than guessed.
     */
    public static Optional<DebtorKind> suggestedBy(CreditCode code) {
        String canonical = code.canonical();
        if (canonical.length() < 2) {
            return Optional.empty();
        }
        return switch (canonical.substring(0, 2)) {
            case "11" -> Optional.of(GOVERNMENT_BODY);
            case "12" -> Optional.of(PUBLIC_INSTITUTION);
            case "91" -> Optional.of(ENTERPRISE);
            default -> Optional.empty();
        };
    }
}
