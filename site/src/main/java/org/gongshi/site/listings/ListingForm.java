package org.gongshi.site.listings;

import java.util.List;
import java.util.Map;

/**
 * The query as the reader typed it (stripped), under the parameter names the page and the API share. The page refills
 * its fields from this, all but the number; nothing here is logged.
 */
record ListingForm(String name, String id, String caseNo, String court, String province) {
    /**
     * The query as meant: an ID number or code typed into the name field is looked up as one (and so never sent on
     * in an address), and so is a 案号; 北京市 is the 北京 the list files under.
     */
    static ListingForm of(Map<String, List<String>> parameters) {
        String name = first(parameters, "name");
        String id = first(parameters, "id");
        String caseNo = first(parameters, "caseNo");
        if (!name.isEmpty() && id.isEmpty() && Lookup.IDENTIFIER_LIKE.matcher(name).matches()) {
            id = name;
            name = "";
        } else if (!name.isEmpty() && caseNo.isEmpty() && Lookup.isCaseNumber(name)) {
            caseNo = name;
            name = "";
        }
        return new ListingForm(name, id, caseNo, first(parameters, "court"),
                Provinces.shortName(first(parameters, "province")));
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
