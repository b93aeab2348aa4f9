package org.gongshi.site.listings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/** The public address of a listing, and the way back from it to the results it was found in. */
final class ListingUrls {
    static final String LOOKUP = "/listings";
    private static final int LONGEST_WAY_BACK = 600;

    private ListingUrls() {}

    static String detail(String id) {
        return "/listings/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /**
     * The details of the listings on a page of {@code results} (or null), each remembering that page for its 返回查询
     * link; the page's address is encoded once for all of them.
     */
    static UnaryOperator<String> detailsFrom(String results) {
        String from = results == null ? "" : "?from=" + URLEncoder.encode(results, StandardCharsets.UTF_8);
        return id -> detail(id) + from;
    }

    /** Where 返回查询 leads: the results named in {@code from} when they are a lookup on this site, else the form. */
    static String wayBack(String from) {
        boolean lookup = from != null && from.length() <= LONGEST_WAY_BACK && from.startsWith(LOOKUP + "?")
                && from.chars().noneMatch(c -> c < 0x21 || c == '\\' || c == 0x7f);
        return lookup ? from : LOOKUP;
    }
}
