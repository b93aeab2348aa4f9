package org.gongshi.content.staff;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A live staff session. {@code authenticated} is false while a second factor is still owed: such a session opens
 * nothing but the second-factor form. {@code csrfToken} is the synchronizer token every form of the session carries.
 */
public record StaffSession(String accountName, String csrfToken, boolean authenticated, Instant createdAt) {
    public StaffSession {
        requireNonNull(accountName, "accountName");
        requireNonNull(csrfToken, "csrfToken");
        requireNonNull(createdAt, "createdAt");
    }
}
