package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.gongshi.site.web.CookieToken;

/**
 * The CSRF token a form must repeat: the session's own once there is one (even one still owing a second factor),
 * before that a {@link CookieToken} (the sign-in form).
 */
final class FormTokens {
    private final Visits visits;
    private final CookieToken beforeSession;

    FormTokens(Visits visits, CookieToken beforeSession) {
        this.visits = requireNonNull(visits, "visits");
        this.beforeSession = requireNonNull(beforeSession, "beforeSession");
    }

    /** The token this request's form must carry, or null when the browser holds none. */
    String expected(Context context) {
        return visits.of(context).map(visit -> visit.session().csrfToken())
                .orElseGet(() -> beforeSession.held(context).orElse(null));
    }

    /** The token for a form about to be shown, setting a cookie first when the browser has neither. */
    String issue(Context context) {
        return visits.of(context).map(visit -> visit.session().csrfToken())
                .orElseGet(() -> beforeSession.issue(context));
    }
}
