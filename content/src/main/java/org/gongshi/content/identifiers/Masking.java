package org.gongshi.content.identifiers;

import static java.util.Objects.requireNonNull;

/**
 * The one place an identifier becomes public text. A person's ID number is shown as the national list shows it, the
 * first ten and last four symbols around **** (3423011964****3224); organisations' codes are public and shown in full.
 */
public final class Masking {
    private static final int SHOWN_PREFIX = 10;
    private static final int SHOWN_SUFFIX = 4;

    private Masking() {}

    public static String shown(PartyIdentifier id) {
        requireNonNull(id, "id");
        String canonical = id.canonical();
        if (id instanceof ResidentId) {
            if (canonical.length() <= SHOWN_PREFIX + SHOWN_SUFFIX) {
                // a hand-built record too short to mask safely shows nothing of itself
                return "****";
            }
            return canonical.substring(0, SHOWN_PREFIX) + "****" + canonical.substring(canonical.length() - SHOWN_SUFFIX);
        }
        if (id instanceof OrganizationCode && canonical.length() == 9) {
            return canonical.substring(0, 8) + "-" + canonical.substring(8);
        }
        return canonical;
    }
}
