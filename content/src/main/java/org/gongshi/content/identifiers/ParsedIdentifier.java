package org.gongshi.content.identifiers;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** An accepted identifier and the zh-CN warnings staff should see about it (e.g. a pilot code's failed check). */
public record ParsedIdentifier(PartyIdentifier identifier, List<String> warnings) {
    public ParsedIdentifier {
        requireNonNull(identifier, "identifier");
        warnings = List.copyOf(requireNonNull(warnings, "warnings"));
    }
}
