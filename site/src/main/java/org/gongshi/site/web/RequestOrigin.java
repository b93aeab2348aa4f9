package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Refuses form posts that a browser says came from another site: {@code Sec-Fetch-Site} when sent, else
 * {@code Origin}. Clients that send neither (scripts, old browsers) still need the CSRF token.
 */
public final class RequestOrigin {
    private final Supplier<URI> publicUrl;

    public RequestOrigin(Supplier<URI> publicUrl) {
        this.publicUrl = requireNonNull(publicUrl, "publicUrl");
    }

    public boolean sameSite(Context context) {
        String fetchSite = context.header("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        String origin = context.header("Origin");
        if (origin == null) {
            return true;
        }
        try {
            String authority = URI.create(origin).getAuthority();
            return authority != null && (authority.equalsIgnoreCase(context.host())
                    || authority.equalsIgnoreCase(publicUrl.get().getAuthority()));
        } catch (IllegalArgumentException garbage) {
            return false;
        }
    }
}
