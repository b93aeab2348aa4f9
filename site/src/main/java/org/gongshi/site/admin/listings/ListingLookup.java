package org.gongshi.site.admin.listings;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.Page;
import org.gongshi.content.identifiers.CaseNumber;
import org.gongshi.content.identifiers.InvalidIdentifierException;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.index.listings.ListingHit;
import org.gongshi.index.listings.ListingIndex;
import org.gongshi.index.listings.ListingQuery;
import org.gongshi.site.web.Messages;

/**
 * GET /admin/listings: finds listings by public id or case number in the database, whatever their status (so a deleted
 * listing can be restored), or by name through the public listing index, which holds only the listings on show.
 * Without a query it lists the public listings whose circumstance is not recognised, for staff to check.
 */
final class ListingLookup {
    static final int PAGE_SIZE = 50;

    private final ListingRepository repository;
    private final ListingIndex index;
    private final Messages messages;

    ListingLookup(ListingRepository repository, ListingIndex index, Messages messages) {
        this.repository = requireNonNull(repository, "repository");
        this.index = requireNonNull(index, "index");
        this.messages = requireNonNull(messages, "messages");
    }

    void show(Context context) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("id", "caseNo", "name")) {
            form.put(field, Optional.ofNullable(context.queryParam(field)).orElse("").strip());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!form.get("id").isEmpty()) {
            model.put("results", repository.find(form.get("id")).stream().map(Row::of).toList());
        } else if (!form.get("caseNo").isEmpty()) {
            try {
                String canonical = CaseNumber.parse(form.get("caseNo")).canonical();
                model.put("results", repository.findByCaseNumber(canonical).stream().map(Row::of).toList());
            } catch (InvalidIdentifierException invalid) {
                errors.put("caseNo", invalid.getMessage());
            }
        } else if (!form.get("name").isEmpty()) {
            try {
                ListingQuery query = new ListingQuery(form.get("name"), null, null, null, null, 1, PAGE_SIZE);
                model.put("results", index.search(query).items().stream().map(hit -> Row.of(hit, messages)).toList());
                model.put("publicOnly", true);
            } catch (IllegalArgumentException invalid) {
                errors.put("name", invalid.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            model.put("errors", errors);
            context.status(HttpStatus.BAD_REQUEST);
        }
        if (form.values().stream().allMatch(String::isEmpty)) {
            Page<Listing> unrecognised = repository.withUnrecognisedGrounds(PAGE_SIZE);
            model.put("unrecognised", unrecognised.items().stream().map(Row::of).toList());
            model.put("unrecognisedTotal", unrecognised.total());
        }
        context.render("admin/listings/lookup.peb", model);
    }

    /** One listing found; the identifier only as shown (a person's masked). */
    public record Row(String link, String name, String identifierShown, String caseNumber, String court,
            String status) {
        static Row of(Listing listing) {
            return new Row("/admin/listings/" + listing.id(), listing.debtor().name(),
                    listing.debtor().identifierShown(), listing.enforcement().caseNumber(),
                    listing.enforcement().court(), listing.status().label());
        }

        static Row of(ListingHit hit, Messages messages) {
            return new Row("/admin/listings/" + hit.id(), hit.name(), hit.identifierShown(), hit.caseNumber(),
                    hit.court(), messages.get("admin.listings.onShow"));
        }
    }
}
