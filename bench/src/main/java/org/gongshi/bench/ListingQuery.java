package org.gongshi.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One query of the mixed set a citizen would type, built from a sample row: its kind, the API parameters, and the
 * row it must find (name and case number as the site stores them).
 */
record ListingQuery(Kind kind, String name, String identifier, String caseNumberTyped, String court, ListingSample expected) {
    enum Kind {
        TWO_CHARACTER_NAME,
        FULL_NAME,
        FULL_IDENTIFIER,
        CASE_NUMBER_OTHER_BRACKETS,
        NAME_AND_COURT
    }

    /** The mixed set: each sample row gives the kinds it can; two-character names come from two-character rows. */
    static List<ListingQuery> mixed(List<ListingSample> samples) {
        List<ListingQuery> queries = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            ListingSample row = samples.get(i);
            switch (Kind.values()[i % Kind.values().length]) {
                case TWO_CHARACTER_NAME -> queries.add(twoCharacterName(row));
                case FULL_NAME -> queries.add(new ListingQuery(Kind.FULL_NAME, row.name(), null, null, null, row));
                case FULL_IDENTIFIER -> {
                    if (!row.identifier().isBlank() && !row.identifier().contains("*")) {
                        queries.add(new ListingQuery(Kind.FULL_IDENTIFIER, null, row.identifier(), null, null, row));
                    }
                }
                case CASE_NUMBER_OTHER_BRACKETS -> queries.add(
                        new ListingQuery(Kind.CASE_NUMBER_OTHER_BRACKETS, null, null, otherBrackets(row.caseNumber()), null, row));
                case NAME_AND_COURT -> queries.add(new ListingQuery(Kind.NAME_AND_COURT, row.name(), null, null, row.court(), row));
            }
        }
        return queries;
    }

    /**
     * The row's own name when it has two characters; otherwise the first two of a person's name (王某 of 王某甲),
     * which is itself a name in the generated list: then any page full of exact 王某 answers it.
     */
    private static ListingQuery twoCharacterName(ListingSample row) {
        if (row.name().length() == 2) {
            return new ListingQuery(Kind.TWO_CHARACTER_NAME, row.name(), null, null, null, row);
        }
        if (row.name().length() == 3 && row.name().charAt(1) == '某') {
            String name = row.name().substring(0, 2);
            return new ListingQuery(Kind.TWO_CHARACTER_NAME, name, null, null, null,
                    new ListingSample(name, "", "", row.court(), row.province()));
        }
        return new ListingQuery(Kind.FULL_NAME, row.name(), null, null, null, row);
    }

    String apiPath() {
        return "/api/v1" + lookupPath();
    }

    /** The site's lookup page for the same query: it takes the API's parameters. */
    String lookupPath() {
        StringBuilder path = new StringBuilder("/listings?");
        append(path, "name", name);
        append(path, "id", identifier);
        append(path, "caseNo", caseNumberTyped);
        append(path, "court", court);
        return path.toString();
    }

    /** How a user might type the number: half-width brackets and a space, e.g. "(2023)京0105执 1234号". */
    static String otherBrackets(String caseNumber) {
        String typed = caseNumber.replace('（', '(').replace('）', ')').replace('〔', '[').replace('〕', ']');
        int serialStart = typed.length() - 1;
        while (serialStart > 0 && Character.isDigit(typed.charAt(serialStart - 1))) {
            serialStart--;
        }
        return typed.substring(0, serialStart) + " " + typed.substring(serialStart);
    }

    private static void append(StringBuilder path, String parameter, String value) {
        if (value != null) {
            if (path.charAt(path.length() - 1) != '?') {
                path.append('&');
            }
            path.append(parameter).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + apiPath();
    }
}
