package org.gongshi.content.listings;

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
}
