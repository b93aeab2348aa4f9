package org.gongshi.site.listings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

/** The address of one page of a query's results, with the reader's own fields and nothing else. */
record ListingLinks(String queryString) {
    static ListingLinks of(ListingForm form) {
        List<String> values = List.of(form.name(), form.id(), form.caseNo(), form.court(), form.province());
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                query.add(ListingForm.FIELDS.get(i) + "=" + URLEncoder.encode(values.get(i), StandardCharsets.UTF_8));
            }
        }
        return new ListingLinks(query.toString());
    }

    String page(int number) {
        String prefix = queryString.isEmpty() ? "/listings?" : "/listings?" + queryString + "&";
        return number == 1 ? prefix.substring(0, prefix.length() - 1) : prefix + "page=" + number;
    }
}
