package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every cookie the site sets: HttpOnly, SameSite=Lax, and whenever readers reach the site over TLS — the public URL
 * is https, even if a proxy speaks plain HTTP to this server — Secure with the {@code __Host-} prefix, so no subdomain
 * can plant or widen it. A session cookie by default (the server enforces the timeouts), or one with a lifetime.
 */
public final class SiteCookie {
    private final String name;
    private final Supplier<URI> publicUrl;

    public SiteCookie(String name, Supplier<URI> publicUrl) {
        this.name = requireNonNull(name, "name");
        this.publicUrl = requireNonNull(publicUrl, "publicUrl");
    }

    public Optional<String> read(Context context) {
        String value = context.cookie(name(context));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public void set(Context context, String value) {
        context.res().addHeader("Set-Cookie", name(context) + "=" + value + attributes(context));
    }

    /** A cookie the browser keeps for {@code lifetime}, even across restarts. */
    public void set(Context context, String value, Duration lifetime) {
        context.res().addHeader("Set-Cookie", name(context) + "=" + value + "; Max-Age=" + lifetime.toSeconds()
                + attributes(context));
    }

    public void clear(Context context) {
        context.res().addHeader("Set-Cookie", name(context) + "=; Max-Age=0" + attributes(context));
    }

    private String attributes(Context context) {
        return "; Path=/; HttpOnly; SameSite=Lax" + (secure(context) ? "; Secure" : "");
    }

    private String name(Context context) {
        return secure(context) ? "__Host-" + name : name;
    }

    private boolean secure(Context context) {
        return "https".equals(publicUrl.get().getScheme()) || "https".equals(context.scheme());
    }
}
