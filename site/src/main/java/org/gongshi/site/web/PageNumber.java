package org.gongshi.site.web;

/** Reads a 1-based page number from a query parameter; anything else is the reader's mistake, not ours. */
public final class PageNumber {
    private static final int LARGEST = 10_000;

    private PageNumber() {}

    /** {@code raw} may be null (first page); throws {@link InvalidRequestException} for 0, negatives and non-numbers. */
    public static int parse(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(raw.strip());
            if (page >= 1 && page <= LARGEST) {
                return page;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same answer as an out-of-range number
        }
        throw new InvalidRequestException("error.parameter.positive", parameter, LARGEST);
    }
}
