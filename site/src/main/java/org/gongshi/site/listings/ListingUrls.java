package org.gongshi.site.listings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public address of a listing. */
final class ListingUrls {
    private ListingUrls() {}

    static String detail(String id) {
        return "/listings/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
