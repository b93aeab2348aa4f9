package org.gongshi.site.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Where to send someone after sign-in: only back-office paths of this site, never an address elsewhere. */
final class AdminPaths {
    private static final Pattern LOCAL = Pattern.compile("/admin(/[A-Za-z0-9._~/-]*)?");

    private AdminPaths() {}

    static String localOr(String requested, String fallback) {
        return requested != null && LOCAL.matcher(requested).matches() && !requested.contains("//")
                ? requested : fallback;
    }

    static String encode(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
