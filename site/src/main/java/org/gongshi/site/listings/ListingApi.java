package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.index.listings.ListingIndex;
import org.gongshi.index.listings.ListingResults;
import org.gongshi.site.web.InvalidRequestException;
import org.gongshi.site.web.PageNumber;

/**
 * GET /api/v1/listings: the query of /listings as JSON; POST takes the same parameters as a form body, so that a
 * client looking up an ID number keeps it out of addresses and logs. Strict like /api/v1/search: unknown or repeated
 * parameters, a missing name without id or caseNo, a malformed id or caseNo and a page size over the cap are 400
 * problems.
 */
final class ListingApi implements Handler {
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 50;
    private static final Set<String> KNOWN = Set.of("name", "id", "caseNo", "court", "province", "page", "size");

    private final ListingIndex index;
    private final ListingCriteriaReader reader;
    private final TermText terms;

    ListingApi(ListingIndex index, ListingCriteriaReader reader, TermText terms) {
        this.index = requireNonNull(index, "index");
        this.reader = requireNonNull(reader, "reader");
        this.terms = requireNonNull(terms, "terms");
    }

    @Override
    public void handle(Context context) {
        Map<String, List<String>> parameters = context.method() == HandlerType.POST ? context.formParamMap()
                : context.queryParamMap();
        rejectUnknownOrRepeated(parameters);
        int page = PageNumber.parse("page", first(parameters, "page"));
        int size = size(first(parameters, "size"));
        ListingCriteriaReader.Result checked = reader.read(ListingForm.of(parameters));
        if (!checked.isValid()) {
            Map.Entry<String, String> first = checked.errors().entrySet().iterator().next();
            throw new InvalidRequestException("error.parameter.listing", first.getKey(), first.getValue());
        }
        ListingResults results = index.search(checked.criteria().query(page, size));
        // The index knows the term's end, not whether a court extended it: the page says that.
        List<Item> items = results.items().stream()
                .map(hit -> new Item(hit.name(), hit.identifierShown(), hit.caseNumber(), hit.court(),
                        hit.province(), hit.publishedOn(), hit.expiresOn(), terms.of(hit.expiresOn(), false),
                        ListingUrls.detail(hit.id())))
                .toList();
        context.json(new Response(results.total(), results.totalIsLowerBound(), items));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void rejectUnknownOrRepeated(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!KNOWN.contains(parameter.getKey())) {
                throw new InvalidRequestException("error.parameter.listing.unknown", parameter.getKey());
            }
            if (parameter.getValue().size() > 1) {
                throw new InvalidRequestException("error.parameter.repeated", parameter.getKey());
            }
        }
    }

    private static int size(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_SIZE;
        }
        int size = PageNumber.parse("size", raw);
        if (size > MAX_SIZE) {
            throw new InvalidRequestException("error.parameter.size", MAX_SIZE);
        }
        return size;
    }

    /**
     * {@code idNumber} is as displayed: a person's ID masked, an organisation's code in full. {@code expiresOn} ends
     * the term, null when there is none; {@code term} says it as the page does.
     */
    record Item(String name, String idNumber, String caseNumber, String court, String province, LocalDate publishedOn,
            LocalDate expiresOn, String term, String url) {}

    record Response(long total, boolean totalIsLowerBound, List<Item> items) {}
}
