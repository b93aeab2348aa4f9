package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.index.listings.ListingIndex;
import org.gongshi.index.listings.ListingQuery;
import org.gongshi.index.listings.ListingResults;
import org.gongshi.site.web.PageNotFoundException;
import org.gongshi.site.web.PageNumber;
import org.gongshi.site.web.Pages;
import org.gongshi.site.web.PublicForms;

/**
 * /listings: the query form, and for a filled-in form its results as a table. The form is posted, so that an ID
 * number or credit code never lands in an address, a browser's history or a proxy's log: a query without one is sent
 * on to its linkable GET address; a query with one is answered at once, its number echoed nowhere on the page. Bad
 * input comes back as 400 with the form refilled (but for the number) and the reason under each field.
 */
final class ListingSearchPage {
    static final int PAGE_SIZE = 20;
    /** A lookup by number has no address to page through, so it shows this many at once; more is rare. */
    static final int IDENTIFIER_PAGE_SIZE = ListingQuery.MAX_PAGE_SIZE;

    private final ListingIndex index;
    private final ListingCriteriaReader reader;
    private final CourtSuggestions courts;
    private final Pages pages;
    private final PublicForms forms;

    ListingSearchPage(ListingIndex index, ListingCriteriaReader reader, CourtSuggestions courts, Pages pages,
            PublicForms forms) {
        this.index = requireNonNull(index, "index");
        this.reader = requireNonNull(reader, "reader");
        this.courts = requireNonNull(courts, "courts");
        this.pages = requireNonNull(pages, "pages");
        this.forms = requireNonNull(forms, "forms");
    }

    /** GET: the form, or a linkable query's results; a number in the address is refused, not searched or shown. */
    void show(Context context) {
        ListingForm form = ListingForm.of(context.queryParamMap());
        int page = PageNumber.parse("page", context.queryParam("page"));
        Map<String, Object> model = model(context, form.withoutIdentifier());
        if (!form.id().isEmpty()) {
            context.status(HttpStatus.BAD_REQUEST);
            model.put("errors", Map.of("id", reader.identifierNotInAddress()));
        } else if (!form.isBlank()) {
            ListingCriteriaReader.Result checked = reader.read(form);
            if (checked.isValid()) {
                ListingResults results = index.search(checked.criteria().query(page, PAGE_SIZE));
                if (page > 1 && results.items().isEmpty()) {
                    throw new PageNotFoundException("listings page " + page);
                }
                model.put("results", ListingTable.of(results, ListingLinks.of(form)));
            } else {
                context.status(HttpStatus.BAD_REQUEST);
                model.put("errors", checked.errors());
            }
        }
        pages.render(context, "listings/search.peb", model, "/listings");
    }

    /** POST, behind the form guard: without a number, on to the GET address; with one, its results here. */
    void search(Context context) {
        ListingForm form = ListingForm.of(context.formParamMap());
        if (form.id().isEmpty()) {
            context.redirect(ListingLinks.of(form).page(1), HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> model = model(context, form.withoutIdentifier());
        model.put("byIdentifier", true);
        ListingCriteriaReader.Result checked = reader.read(form);
        if (checked.isValid()) {
            ListingResults results = index.search(checked.criteria().query(1, IDENTIFIER_PAGE_SIZE));
            model.put("results", ListingTable.of(results, null));
        } else {
            context.status(HttpStatus.BAD_REQUEST);
            model.put("errors", checked.errors());
        }
        pages.render(context, "listings/search.peb", model, "/listings");
    }

    private Map<String, Object> model(Context context, ListingForm shown) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", shown);
        model.put("provinces", Provinces.ALL);
        // Without JavaScript the page itself suggests the courts matching what was typed; the script does it live.
        model.put("courts", shown.court().isBlank() ? List.of() : courts.containing(shown.court()));
        model.put("publicForm", forms.token(context));
        return model;
    }
}
