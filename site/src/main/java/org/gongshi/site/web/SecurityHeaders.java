package org.gongshi.site.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** Name → value, in the order they are sent. */
    static final Map<String, String> HEADERS = headers();

    @Override
    public void handle(Context context) {
        HEADERS.forEach(context::header);
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        return Collections.unmodifiableMap(headers);
    }
}
