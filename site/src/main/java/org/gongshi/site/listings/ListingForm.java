package org.gongshi.site.listings;

import java.util.List;
import java.util.Map;

/**
 * The query as the reader typed it (stripped), under the parameter names the page and the API share. The page refills
 * its fields from this, all but the number; nothing here is logged.
 */
record ListingForm(String name, String id, String caseNo, String court, String province) {
    static ListingForm of(Map<String, List<String>> parameters) {
        return new ListingForm(first(parameters, "name"), first(parameters, "id"), first(parameters, "caseNo"),
                first(parameters, "court"), first(parameters, "province"));
    }

    /** The same query as the page shows it back: a typed number is never echoed. */
    ListingForm withoutIdentifier() {
        return new ListingForm(name, "", caseNo, court, province);
    }

    boolean isBlank() {
        return name.isEmpty() && id.isEmpty() && caseNo.isEmpty() && court.isEmpty() && province.isEmpty();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }
}
