package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A double-submit form token for forms shown without a session: a random value in an HttpOnly, SameSite=Lax cookie
 * that the form repeats; another site can neither read the cookie nor set it.
 */
public final class CookieToken {
    private static final int TOKEN_BYTES = 32;

    private final SiteCookie cookie;
    private final SecureRandom random;

    public CookieToken(SiteCookie cookie, SecureRandom random) {
        this.cookie = requireNonNull(cookie, "cookie");
        this.random = requireNonNull(random, "random");
    }

    /** The token the browser holds, if any. */
    public Optional<String> held(Context context) {
        return cookie.read(context);
    }

    /** The browser's token, setting a new one first when it holds none. */
    public String issue(Context context) {
        return held(context).orElseGet(() -> {
            byte[] bytes = new byte[TOKEN_BYTES];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            cookie.set(context, token);
            return token;
        });
    }

    /** Whether a form sent {@code sent} where {@code expected} was due, compared in constant time. */
    public static boolean matches(String expected, String sent) {
        return expected != null && sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}
