package org.gongshi.content.listings;

/**
 * The listed party as published. {@code identifierShown} is what the public sees (a person's ID masked, an
 * organisation's code in full); the full number is never stored, only {@code identifierKey}, a keyed hash of its
 * canonical form that exact lookup matches against (null when the row had no identifier). {@code sex} and {@code age}
 * are for natural persons; {@code superiorBody} (上级主管部门 / 出资人) for public bodies; the others may be null.
 */
public record Debtor(
        DebtorKind kind,
        String name,
        String sex,
        Integer age,
        String identifierShown,
        String identifierKey,
        String legalRepresentative,
        String superiorBody) {}
