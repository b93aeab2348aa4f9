package org.gongshi.site.listings;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.IdentifierKeys;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.index.listings.ListingIndex;
import org.gongshi.plugin.ListingAddition;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.Pages;
import org.gongshi.site.web.PublicForms;
import org.gongshi.site.web.SharedPages;

/**
 * The list of dishonest judgment debtors (/listings, /listings/{id}, /api/v1/listings, /api/v1/courts) and 政务失信
 * (/government-credit). None of them may be cached: a takedown must show at once, and a query may hold an ID number.
 */
public final class ListingRoutes {
    private static final Handler NO_STORE = context -> context.header("Cache-Control", "no-store");

    private ListingRoutes() {}

    /** Far more than the query form's five short fields. */
    private static final long QUERY_FORM_BYTES = 4_096;

    /**
     * {@code changes}: the outbox's newest sequence, which moves with every write (the ledger is read again then);
     * {@code forms}: guards the posted query form (origin and form token; the listings guard limits the rate);
     * {@code shared} keeps the public bodies' page, which names no person.
     */
    public static void install(RoutesConfig routes, ListingRepository repository, LongSupplier changes,
            SharedPages shared, ListingIndex listingIndex, IdentifierKeys keys, Messages messages, Pages pages,
            PublicForms forms, Function<Listing, List<ListingAddition>> additions) {
        ListingCriteriaReader reader = new ListingCriteriaReader(keys, messages);
        for (String path : new String[] {"/listings", "/listings/*", "/api/v1/listings", "/government-credit"}) {
            routes.before(path, NO_STORE);
        }
        CourtSuggestions courts = new CourtSuggestions(listingIndex);
        ListingSearchPage searchPage = new ListingSearchPage(listingIndex, reader, courts, pages, forms);
        Handler formGuard = forms.guard(QUERY_FORM_BYTES);
        routes.get("/listings", searchPage::show);
        routes.post("/listings", context -> {
            formGuard.handle(context);
            searchPage.search(context);
        });
        routes.get("/listings/{id}", new ListingDetailPage(repository, messages, pages, additions));
        ListingApi api = new ListingApi(listingIndex, reader, new TermText(messages));
        routes.get("/api/v1/listings", api);
        routes.post("/api/v1/listings", api);
        routes.get("/api/v1/courts", courts);
        routes.get("/government-credit",
                shared.keep(new GovernmentCreditPage(repository, changes, messages, pages)));
    }
}
