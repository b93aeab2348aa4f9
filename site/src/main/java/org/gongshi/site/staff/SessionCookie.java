package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The staff session cookie: HttpOnly, SameSite=Lax, a browser-session lifetime (the server enforces the timeouts),
 * and behind TLS Secure with the {@code __Host-} prefix so no subdomain can plant or widen it. The same rules make
 * the short-lived cookie that protects the sign-in form before there is a session.
 */
public final class SessionCookie {
    private final String name;
    private final Supplier<URI> publicUrl;

    public SessionCookie(String name, Supplier<URI> publicUrl) {
        this.name = requireNonNull(name, "name");
        this.publicUrl = requireNonNull(publicUrl, "publicUrl");
    }

    public Optional<String> read(Context context) {
        String value = context.cookie(name(context));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public void set(Context context, String value) {
        context.res().addHeader("Set-Cookie", name(context) + "=" + value + "; Path=/; HttpOnly; SameSite=Lax"
                + (secure(context) ? "; Secure" : ""));
    }

    public void clear(Context context) {
        context.res().addHeader("Set-Cookie", name(context) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                + (secure(context) ? "; Secure" : ""));
    }

    private String name(Context context) {
        return secure(context) ? "__Host-" + name : name;
    }

    private boolean secure(Context context) {
        return "https".equals(publicUrl.get().getScheme()) || "https".equals(context.scheme());
    }
}
