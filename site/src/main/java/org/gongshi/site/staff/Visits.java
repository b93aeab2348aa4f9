package org.gongshi.site.staff;

import org.gongshi.site.web.SiteCookie;
import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.Optional;
import org.gongshi.content.staff.AccountRepository;
import org.gongshi.content.staff.StaffSessions;

/** Reads the session cookie into a {@link Visit}: a live session of an enabled account, or nothing. */
final class Visits {
    private static final String ATTRIBUTE = "gongshi.visit";

    private final SiteCookie cookie;
    private final StaffSessions sessions;
    private final AccountRepository accounts;

    Visits(SiteCookie cookie, StaffSessions sessions, AccountRepository accounts) {
        this.cookie = requireNonNull(cookie, "cookie");
        this.sessions = requireNonNull(sessions, "sessions");
        this.accounts = requireNonNull(accounts, "accounts");
    }

    /** Looked up once per request and remembered on it. */
    Optional<Visit> of(Context context) {
        Optional<Visit> known = context.attribute(ATTRIBUTE);
        if (known != null) {
            return known;
        }
        Optional<Visit> visit = cookie.read(context).flatMap(token -> sessions.find(token)
                .flatMap(session -> accounts.find(session.accountName())
                        .filter(account -> !account.disabled())
                        .map(account -> new Visit(token, session, account))));
        context.attribute(ATTRIBUTE, visit);
        return visit;
    }

    SiteCookie cookie() {
        return cookie;
    }

    StaffSessions sessions() {
        return sessions;
    }
}
