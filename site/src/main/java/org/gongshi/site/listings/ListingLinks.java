package org.gongshi.site.listings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The address of one page of a query's results, with the reader's own fields and nothing else: never an ID number or
 * credit code, which must not land in an address.
 */
record ListingLinks(String queryString) {
    static ListingLinks of(ListingForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", form.name());
        values.put("caseNo", form.caseNo());
        values.put("court", form.court());
        values.put("province", form.province());
        StringJoiner query = new StringJoiner("&");
        values.forEach((field, value) -> {
            if (!value.isEmpty()) {
                query.add(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return new ListingLinks(query.toString());
    }

    String page(int number) {
        String prefix = queryString.isEmpty() ? "/listings?" : "/listings?" + queryString + "&";
        return number == 1 ? prefix.substring(0, prefix.length() - 1) : prefix + "page=" + number;
    }
}
