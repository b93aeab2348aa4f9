package org.gongshi.bench;

import java.util.List;
import java.util.Objects;
import org.gongshi.content.identifiers.CaseNumber;
import org.gongshi.content.identifiers.InvalidIdentifierException;

/**
 * Whether a page of results answers a query: the row the query was built from must be on it, unless the page is
 * already full of rows that match exactly (a common name can have more listings than a page holds); an identifier
 * must bring its row among the few listed under that identifier.
 */
final class ListingAnswers {
    /** One person or body is rarely listed more often than this; more rows for one identifier means a loose match. */
    private static final int IDENTIFIER_LISTINGS = 5;

    private ListingAnswers() {}

    /** {@code rows}: name and case number of each result, best first; {@code pageSize}: how many a full page holds. */
    static boolean correct(ListingQuery query, List<String[]> rows, int pageSize) {
        if (rows.isEmpty()) {
            return false;
        }
        ListingSample expected = query.expected();
        boolean expectedShown = rows.stream().anyMatch(row -> sameListing(row, expected));
        return switch (query.kind()) {
            case FULL_IDENTIFIER -> expectedShown && rows.size() <= IDENTIFIER_LISTINGS;
            case CASE_NUMBER_OTHER_BRACKETS -> expectedShown
                    && rows.stream().allMatch(row -> sameCase(row[1], expected.caseNumber()));
            case TWO_CHARACTER_NAME, FULL_NAME, NAME_AND_COURT -> rows.get(0)[0].equals(expected.name())
                    && (expectedShown || (rows.size() >= pageSize
                            && rows.stream().allMatch(row -> row[0].equals(expected.name()))));
        };
    }

    private static boolean sameListing(String[] row, ListingSample expected) {
        return row[0].equals(expected.name()) && sameCase(row[1], expected.caseNumber());
    }

    private static boolean sameCase(String shown, String expected) {
        return Objects.equals(canonical(shown), canonical(expected));
    }

    private static String canonical(String caseNumber) {
        try {
            return CaseNumber.parse(caseNumber).canonical();
        } catch (InvalidIdentifierException e) {
            return caseNumber;
        }
    }
}
