package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.Map;
import org.gongshi.index.listings.ListingIndex;
import org.gongshi.index.listings.ListingResults;
import org.gongshi.site.web.PageNotFoundException;
import org.gongshi.site.web.PageNumber;
import org.gongshi.site.web.Pages;

/**
 * GET /listings: the query form, and for a filled-in form its results as a table. Bad input comes back as 400 with the
 * form refilled and the reason under each field.
 */
final class ListingSearchPage implements Handler {
    static final int PAGE_SIZE = 20;

    private final ListingIndex index;
    private final ListingCriteriaReader reader;
    private final Pages pages;

    ListingSearchPage(ListingIndex index, ListingCriteriaReader reader, Pages pages) {
        this.index = requireNonNull(index, "index");
        this.reader = requireNonNull(reader, "reader");
        this.pages = requireNonNull(pages, "pages");
    }

    @Override
    public void handle(Context context) {
        ListingForm form = ListingForm.of(context.queryParamMap());
        int page = PageNumber.parse("page", context.queryParam("page"));
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        if (!form.isBlank()) {
            ListingCriteriaReader.Result checked = reader.read(form);
            if (checked.isValid()) {
                ListingResults results = index.search(checked.criteria().query(page, PAGE_SIZE));
                if (page > 1 && results.items().isEmpty()) {
                    throw new PageNotFoundException("listings page " + page);
                }
                model.put("results", ListingTable.of(results, page, PAGE_SIZE, ListingLinks.of(form)));
            } else {
                context.status(400);
                model.put("errors", checked.errors());
            }
        }
        pages.render(context, "listings/search.peb", model, "/listings");
    }
}
