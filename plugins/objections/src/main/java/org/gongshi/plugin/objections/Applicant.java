package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import org.gongshi.content.identifiers.PartyIdentifier;

/**
 * Who asks: personal data, shown on staff screens only, never logged, audited, mailed or published. {@code identifier}
 * is the canonical ID number or code, already validated; {@code phone} or {@code email} may be null, not both.
 */
record Applicant(String name, String identifier, Relationship relationship, String phone, String email) {
    Applicant {
        requireNonNull(name, "name");
        requireNonNull(identifier, "identifier");
        requireNonNull(relationship, "relationship");
    }

    /** The identifier as the public may see it (3423011964****3224). */
    public String identifierShown() {
        return PartyIdentifier.parse(identifier).identifier().shown();
    }
}
