package org.gongshi.site.web.guard;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** Where to send a reader after the challenge: a path on this site, never another site (no open redirect). */
final class ReturnAddress {
    private static final int LONGEST = 2_000;

    private ReturnAddress() {}

    /** The page refused, to come back to: {@code path} with its query, less the parameters named {@code unechoed}. */
    static String of(String path, Map<String, List<String>> query, Set<String> unechoed) {
        StringJoiner kept = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, values) -> {
            if (!unechoed.contains(name)) {
                values.forEach(value -> kept.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
        });
        return safe(path + kept);
    }

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
