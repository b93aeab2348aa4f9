package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.index.listings.ListingIndex;
import org.gongshi.site.web.InvalidRequestException;

/**
 * GET /api/v1/courts?q=海淀: the courts of listed debtors whose name contains {@code q}, for the lookup's 执行法院
 * field to suggest while someone types. Courts are public bodies; nothing personal is in the answer.
 */
final class CourtSuggestions implements Handler {
    static final int LIMIT = 20;
    private static final int MAX_QUERY_LENGTH = 50;

    private final ListingIndex index;

    CourtSuggestions(ListingIndex index) {
        this.index = requireNonNull(index, "index");
    }

    /** The courts the results page offers for what was typed, and the API answers with. */
    List<String> containing(String partial) {
        return index.courtsContaining(partial, LIMIT);
    }

    @Override
    public void handle(Context context) {
        Map<String, List<String>> parameters = context.queryParamMap();
        if (!parameters.keySet().equals(Set.of("q"))) {
            throw new InvalidRequestException("error.parameter.courts.unknown");
        }
        List<String> values = parameters.get("q");
        String partial = values.get(0).strip();
        if (values.size() > 1 || partial.isEmpty() || partial.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("error.parameter.courts", MAX_QUERY_LENGTH);
        }
        context.json(new Response(containing(partial)));
    }

    record Response(List<String> courts) {}
}
