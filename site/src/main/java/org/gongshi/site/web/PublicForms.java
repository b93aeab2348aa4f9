package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.gongshi.plugin.Routes;

/**
 * Guards the public forms plugins register, in the order that costs least: the declared size (before any of the body
 * is read), the origin, the rate limit, then the form token. The public side has no session, so the token is a
 * {@link CookieToken} that the form repeats in {@value Routes#CSRF_FIELD}.
 */
public final class PublicForms {
    private final CookieToken token;
    private final RequestOrigin origin;
    private final Handler rateLimit;

    public PublicForms(CookieToken token, RequestOrigin origin, Handler rateLimit) {
        this.token = requireNonNull(token, "token");
        this.origin = requireNonNull(origin, "origin");
        this.rateLimit = requireNonNull(rateLimit, "rateLimit");
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
            String expected = token.held(context).orElseThrow(() -> new ForbiddenException("form.error.token"));
            if (!CookieToken.matches(expected, context.formParam(Routes.CSRF_FIELD))) {
                throw new ForbiddenException("form.error.token");
            }
        };
    }

    /** The token of this request's forms, as templates read it ({@code publicForm.csrfToken}). */
    public FormToken token(Context context) {
        return new FormToken(() -> token.issue(context));
    }
}
