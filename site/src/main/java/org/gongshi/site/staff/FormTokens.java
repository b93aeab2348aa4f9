package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The CSRF token a form must repeat: the session's own once there is one (even one still owing a second factor),
 * before that a random value in a short-lived cookie (the sign-in form).
 */
final class FormTokens {
    private final Visits visits;
    private final SessionCookie cookie;
    private final SecureRandom random;

    FormTokens(Visits visits, SessionCookie cookie, SecureRandom random) {
        this.visits = requireNonNull(visits, "visits");
        this.cookie = requireNonNull(cookie, "cookie");
        this.random = requireNonNull(random, "random");
    }

    /** The token this request's form must carry, or null when the browser holds none. */
    String expected(Context context) {
        return visits.of(context).map(visit -> visit.session().csrfToken()).orElseGet(() -> cookie.read(context)
                .orElse(null));
    }

    /** The token for a form about to be shown, setting a cookie first when the browser has neither. */
    String issue(Context context) {
        String expected = expected(context);
        if (expected != null) {
            return expected;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        cookie.set(context, token);
        return token;
    }
}
