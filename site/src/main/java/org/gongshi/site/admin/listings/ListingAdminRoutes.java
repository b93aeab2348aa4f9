package org.gongshi.site.admin.listings;

import static org.gongshi.site.staff.CorePermissions.LISTINGS_ACT;

import java.time.Clock;
import org.gongshi.content.listings.ListingLifecycle;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.index.listings.ListingIndex;
import org.gongshi.site.staff.AuditTrail;
import org.gongshi.site.staff.Access;
import org.gongshi.site.staff.StaffRoutes;
import org.gongshi.site.web.Messages;

/**
 * Listings in the back office, for whoever may act on them: find, read with history, correct, revoke, delete,
 * restore, and extend a fixed term as a court decided.
 */
public final class ListingAdminRoutes {
    private static final String BASE = "/admin/listings";

    private ListingAdminRoutes() {}

    public static void install(StaffRoutes staff, ListingRepository repository, ListingLifecycle lifecycle,
            ListingIndex index, AuditTrail audit, Messages messages, Clock clock) {
        Access act = Access.permission(LISTINGS_ACT);
        ListingPage page = new ListingPage(repository, messages);
        ListingActions actions = new ListingActions(page, lifecycle, audit, messages, clock);
        staff.get(BASE, act, new ListingLookup(repository, index, messages)::show);
        staff.get(BASE + "/{id}", act, page::show);
        staff.post(BASE + "/{id}/correct", act, actions::correct);
        staff.post(BASE + "/{id}/revoke", act, actions::revoke);
        staff.post(BASE + "/{id}/delete", act, actions::delete);
        staff.post(BASE + "/{id}/restore", act, actions::restore);
        staff.post(BASE + "/{id}/extend", act, actions::extend);
        staff.menu(messages.get("admin.menu.listings"), BASE, act);
    }
}
