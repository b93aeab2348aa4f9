package org.gongshi.content.staff;

import static java.util.Objects.requireNonNull;

/** A session just started: {@code token} goes into the cookie and exists nowhere else, the database keeps its hash. */
public record NewSession(String token, StaffSession session) {
    public NewSession {
        requireNonNull(token, "token");
        requireNonNull(session, "session");
    }
}
