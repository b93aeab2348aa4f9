package org.gongshi.content.staff;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A staff account. {@code passwordHash} is an encoded Argon2id hash; {@code totpSecret} is present once a second
 * factor is set up. A disabled account cannot log in and holds no session.
 */
public record Account(
        String name,
        Set<String> roles,
        String passwordHash,
        boolean mustChangePassword,
        boolean disabled,
        Optional<String> totpSecret,
        Instant createdAt) {
    public Account {
        requireNonNull(name, "name");
        roles = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(roles));
        requireNonNull(passwordHash, "passwordHash");
        requireNonNull(totpSecret, "totpSecret");
        requireNonNull(createdAt, "createdAt");
    }

    public boolean hasSecondFactor() {
        return totpSecret.isPresent();
    }
}
