package org.gongshi.content.identifiers;

/** The number a listed party is known by: a person's ID number or an organisation's code. */
public sealed interface PartyIdentifier permits ResidentId, CreditCode, OrganizationCode {
    /** The form a keyed hash is computed on: ASCII, upper case, without spaces or hyphens. */
    String canonical();

    /** What the public sees: {@link Masking#shown(PartyIdentifier)}. */
    String shown();

    /** Tells the kind from the number itself; throws {@link InvalidIdentifierException} with a zh-CN reason. */
    static ParsedIdentifier parse(String raw) {
        return IdentifierDetection.parse(raw);
    }
}
