package org.gongshi.site.web.forms;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.gongshi.plugin.Routes;
import org.gongshi.site.staff.RequestOrigin;
import org.gongshi.site.staff.SessionCookie;
import org.gongshi.site.web.ForbiddenException;
import org.gongshi.site.web.RequestTooLargeException;

/**
 * Guards the public forms plugins register, in the order that costs least: the declared size (before any of the body
 * is read), the origin, the rate limit, then the form token. The public side has no session, so the token is a
 * double-submit cookie: a random value in an HttpOnly, SameSite=Lax cookie that the form repeats in {@value
 * Routes#CSRF_FIELD}; another site can neither read the cookie nor set it.
 */
public final class PublicForms {
    private static final int TOKEN_BYTES = 32;

    private final SessionCookie cookie;
    private final RequestOrigin origin;
    private final Handler rateLimit;
    private final SecureRandom random;

    public PublicForms(SessionCookie cookie, RequestOrigin origin, Handler rateLimit, SecureRandom random) {
        this.cookie = requireNonNull(cookie, "cookie");
        this.origin = requireNonNull(origin, "origin");
        this.rateLimit = requireNonNull(rateLimit, "rateLimit");
        this.random = requireNonNull(random, "random");
    }

    /** Runs before a public POST whose body may be at most {@code maxBytes}. */
    public Handler guard(long maxBytes) {
        return context -> {
            // A body sent without a length (chunked) meets the server's multipart and form limits instead.
            if (context.contentLength() > maxBytes) {
                throw new RequestTooLargeException(maxBytes);
            }
            if (!origin.sameSite(context)) {
                throw new ForbiddenException("form.error.crossSite");
            }
            rateLimit.handle(context);
            // Without the cookie there is nothing to compare with: refuse before parsing the body.
            String expected = cookie.read(context).orElseThrow(() -> new ForbiddenException("form.error.token"));
            String sent = context.formParam(Routes.CSRF_FIELD);
            if (sent == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    sent.getBytes(StandardCharsets.UTF_8))) {
                throw new ForbiddenException("form.error.token");
            }
        };
    }

    /** The token of this request's forms, as templates read it ({@code publicForm.csrfToken}). */
    public FormToken token(Context context) {
        return new FormToken(() -> cookie.read(context).orElseGet(() -> issue(context)));
    }

    private String issue(Context context) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        cookie.set(context, token);
        return token;
    }
}
