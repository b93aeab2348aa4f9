package org.gongshi.site.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** Headers every response carries; the CSP allows nothing inline, so no page may contain a style or script block. */
public final class SecurityHeaders implements Handler {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'");

    @Override
    public void handle(Context context) {
        context.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        context.header("X-Content-Type-Options", "nosniff");
        context.header("Referrer-Policy", "strict-origin-when-cross-origin");
        context.header("X-Frame-Options", "DENY");
        context.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        context.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
