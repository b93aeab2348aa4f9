package org.gongshi.index.listings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One public listing as the index holds it: exactly what a results row shows, plus {@code identifierKey}, the keyed
 * hash an exact identifier lookup matches (null when the listing has no identifier; indexed, never stored). Nothing
 * unmasked belongs here: {@code identifierShown} is the masked or public form. {@code kind} is the label shown, e.g.
 * 自然人; {@code caseNumber} is canonical. Identifier, case number, court and province may be null; so may
 * {@code expiresOn}, the end of the term, for a listing that has none (it stays until an Art. 10 ground removes it).
 */
public record ListingEntry(
        String id,
        String name,
        String kind,
        String identifierShown,
        String identifierKey,
        String caseNumber,
        String court,
        String province,
        LocalDate publishedOn,
        LocalDate expiresOn) {
    public ListingEntry {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        requireNonNull(publishedOn, "publishedOn");
    }
}
