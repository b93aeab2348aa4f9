package org.gongshi.site.web.guard;

import java.net.URI;
import java.net.URISyntaxException;

/** Where to send a reader after the challenge: a path on this site, never another site (no open redirect). */
final class ReturnAddress {
    private static final int LONGEST = 2_000;

    private ReturnAddress() {}

    static String safe(String requested) {
        if (requested == null || requested.length() > LONGEST || !requested.startsWith("/")
                || requested.startsWith("//") || requested.chars().anyMatch(c -> c < 0x21 || c == '\\' || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = new URI(requested);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? requested : "/";
        } catch (URISyntaxException malformed) {
            return "/";
        }
    }
}
