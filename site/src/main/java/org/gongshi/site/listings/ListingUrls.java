package org.gongshi.site.listings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public address of a listing, and the way back from it to the results it was found in. */
final class ListingUrls {
    static final String LOOKUP = "/listings";
    private static final int LONGEST_WAY_BACK = 600;

    private ListingUrls() {}

    static String detail(String id) {
        return "/listings/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** The detail, remembering {@code results} (a page of results, or null) for its 返回查询 link. */
    static String detail(String id, String results) {
        return results == null ? detail(id) : detail(id) + "?from=" + URLEncoder.encode(results, StandardCharsets.UTF_8);
    }

    /** Where 返回查询 leads: the results named in {@code from} when they are a lookup on this site, else the form. */
    static String wayBack(String from) {
        boolean lookup = from != null && from.length() <= LONGEST_WAY_BACK && from.startsWith(LOOKUP + "?")
                && from.chars().noneMatch(c -> c < 0x21 || c == '\\' || c == 0x7f);
        return lookup ? from : LOOKUP;
    }
}
