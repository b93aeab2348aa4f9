package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

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
}
